import type { Endpoint, Where } from 'payload'

import { departmentOf, isAdminUser, isEditorUser, isStaffUser } from '../../../src/access'
import { IDEAS } from '../constants'

export const IDEA_VIEWS = ['votes', 'newest', 'awaiting', 'knowhow'] as const
export type IdeaView = (typeof IDEA_VIEWS)[number]

const SORT: Record<IdeaView, string[]> = {
  // Oldest first among equally popular ideas: they have waited longest.
  awaiting: ['-votesCount', 'createdAt'],
  knowhow: ['-votesCount', '-stateChangedAt'],
  newest: ['-createdAt'],
  votes: ['-votesCount', '-createdAt'],
}

const json = (status: number, body: unknown) => Response.json(body, { status })

const positiveInt = (value: null | string, fallback: number, max: number): null | number => {
  if (value === null || value === '') return fallback
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null
}

/**
 * GET /api/ideas/views/:view — the list views of the idea box: by votes, newest, awaiting an
 * answer (an editor's own department unless ?department= is given) and know-how (solved
 * 困りごと). Read access applies as for GET /api/ideas.
 */
export const viewsEndpoint = (): Endpoint => ({
  handler: async (req) => {
    if (!isStaffUser(req.user)) return json(401, { errors: [{ message: 'ログインが必要です' }] })
    const view = req.routeParams?.view as IdeaView
    if (!IDEA_VIEWS.includes(view)) {
      return json(400, { errors: [{ message: `view は ${IDEA_VIEWS.join(' / ')} のいずれかです（受け取った値: ${String(view)}）` }] })
    }
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const limit = positiveInt(params.get('limit'), 20, 100)
    const page = positiveInt(params.get('page'), 1, 10_000)
    if (limit === null) return json(400, { errors: [{ message: 'limit は 1〜100 の整数です' }] })
    if (page === null) return json(400, { errors: [{ message: 'page は 1 以上の整数です' }] })

    const and: Where[] = [{ moderation: { equals: 'visible' } }]
    if (view === 'awaiting') {
      and.push({ awaitingAnswer: { equals: true } })
      const requested = params.get('department')
      const own = departmentOf(req.user)
      const department = requested || (isEditorUser(req.user) && !isAdminUser(req.user) ? own : null)
      if (department !== null && department !== '') and.push({ targetDepartment: { equals: department } })
    }
    if (view === 'knowhow') and.push({ solved: { equals: true } })

    const result = await req.payload.find({
      collection: IDEAS,
      depth: 0,
      limit,
      overrideAccess: false,
      page,
      req,
      sort: SORT[view],
      where: { and },
    })
    return json(200, result)
  },
  method: 'get',
  path: '/views/:view',
})
