import type { Organisation } from '@akita-dx/plugin-core'
import type { Endpoint, PayloadRequest, Where } from 'payload'

import { errorResponse, jsonResponse, requireRole } from '@akita-dx/plugin-core'

import { IDEAS } from '../constants'
import { overdueWhere } from '../utilities/rules'
import { message } from '../translations'

const IDEA_VIEWS = ['votes', 'newest', 'awaiting', 'overdue', 'knowhow'] as const
type IdeaView = (typeof IDEA_VIEWS)[number]

const SORT: Record<IdeaView, string[]> = {
  // Oldest first among equally popular ideas: they have waited longest.
  awaiting: ['-votesCount', 'createdAt'],
  knowhow: ['-votesCount', '-stateChangedAt'],
  newest: ['-createdAt'],
  // Longest overdue first.
  overdue: ['answerDueAt', '-votesCount'],
  votes: ['-votesCount', '-createdAt'],
}

const MAX_LIMIT = 100

const positiveInt = (value: null | string, fallback: number, max: number): null | number => {
  if (value === null || value === '') return fallback
  const n = Number(value)
  return Number.isInteger(n) && n >= 1 && n <= max ? n : null
}

/** What a view lists: visible ideas, awaiting an answer (of a department), past the answer's due time, or solved. */
const whereOf = (organisation: Organisation, req: PayloadRequest, view: IdeaView, params: URLSearchParams): Where => {
  const and: Where[] = [{ moderation: { equals: 'visible' } }]
  if (view === 'awaiting' || view === 'overdue') {
    and.push(view === 'overdue' ? overdueWhere(new Date()) : { awaitingAnswer: { equals: true } })
    const requested = params.get('department')
    const own = organisation.isEditorUser(req.user) && !organisation.isAdminUser(req.user) ? organisation.departmentOf(req.user) : null
    // `all`: every department's, as 総務課 follows up on all of them.
    const department = requested === 'all' ? null : requested || own
    if (department !== null && department !== '') and.push({ targetDepartment: { equals: department } })
  }
  if (view === 'knowhow') and.push({ solved: { equals: true } })
  return { and }
}

/**
 * GET /api/ideas/views/:view: the list views of the idea box, by votes, newest, awaiting an
 * answer, overdue (awaiting past its due time, longest first) — both an editor's own department
 * unless ?department= names one, or `all` — and know-how (solved 困りごと). Read access applies
 * as for GET /api/ideas.
 */
export const viewsEndpoint = (organisation: Organisation): Endpoint => ({
  handler: async (req) => {
    const refused = requireRole(req, organisation, 'staff')
    if (refused) return refused
    const view = req.routeParams?.view as IdeaView
    if (!IDEA_VIEWS.includes(view)) {
      return errorResponse(400, message(req, 'error.unknownView', { view: String(view), views: IDEA_VIEWS.join(' / ') }), { field: 'view' })
    }
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const limit = positiveInt(params.get('limit'), 20, MAX_LIMIT)
    const page = positiveInt(params.get('page'), 1, 10_000)
    if (limit === null) return errorResponse(400, message(req, 'error.limitRange', { max: MAX_LIMIT }), { field: 'limit' })
    if (page === null) return errorResponse(400, message(req, 'error.pageRange'), { field: 'page' })
    const result = await req.payload.find({
      collection: IDEAS,
      depth: 0,
      limit,
      overrideAccess: false,
      page,
      req,
      sort: SORT[view],
      where: whereOf(organisation, req, view, params),
    })
    return jsonResponse(result)
  },
  method: 'get',
  path: '/views/:view',
})
