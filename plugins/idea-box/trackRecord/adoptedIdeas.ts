import type { TrackRecordItem, TrackRecordSource } from '@akita-dx/plugin-core'
import type { PayloadRequest } from 'payload'

import { documentTitleOf } from '@akita-dx/plugin-core'

import type { ID } from '@akita-dx/plugin-core/shared'

import type { ResolvedIdeaBoxOptions } from '../types'

import { IDEAS, type IdeaState, SOLVED_STATES } from '../constants'
import { label, message } from '../translations'

type IdeaDoc = {
  id: ID
  state: IdeaState
  stateHistory?: { changedAt?: null | string; to?: null | string }[] | null
  targetDepartment?: null | Record<string, unknown>
  title: string
  updatedAt: string
}

/** Most a profile shows: the newest adoptions are the ones a department asking for help looks at. */
const LIMIT = 50

/** When the department decided: the last move into an adopted state, else the last change. */
const adoptedAt = (idea: IdeaDoc): string =>
  [...(idea.stateHistory ?? [])].reverse().find((entry) => SOLVED_STATES.includes(entry.to as IdeaState))?.changedAt ?? idea.updatedAt

const itemOf = (req: PayloadRequest, options: ResolvedIdeaBoxOptions, idea: IdeaDoc): TrackRecordItem => {
  const department = documentTitleOf(req.payload, options.organisation.departments, idea.targetDepartment)
  return {
    date: adoptedAt(idea),
    detail: [message(req, `state.${idea.state}`), department].filter(Boolean).join('・'),
    title: idea.title,
    url: `/collections/${IDEAS}/${idea.id}`,
  }
}

/**
 * 採用されたアイデア for a staff profile's track record: the person's ideas the department adopted
 * or carried out. Posted anonymously, an idea stays out (listing it here would name its author),
 * and so does one the moderators hid. Staff read it; the query runs with the plugin's rights,
 * since colleagues may not filter ideas by author (see vetAuthorQueries).
 */
export const adoptedIdeasSource = (options: ResolvedIdeaBoxOptions): TrackRecordSource => ({
  kind: 'ideaBox.adoptedIdeas',
  label: label('trackRecord.adoptedIdeas'),
  list: async (req, userId) => {
    if (!options.organisation.isStaffUser(req.user)) return []
    const found = await req.payload.find({
      collection: IDEAS,
      depth: 1,
      limit: LIMIT,
      overrideAccess: true,
      req,
      select: { state: true, stateHistory: true, targetDepartment: true, title: true, updatedAt: true },
      sort: '-updatedAt',
      where: {
        and: [
          { author: { equals: userId } },
          { anonymous: { not_equals: true } },
          { moderation: { equals: 'visible' } },
          { state: { in: [...SOLVED_STATES] } },
        ],
      },
    })
    return (found.docs as unknown as IdeaDoc[]).map((idea) => itemOf(req, options, idea))
  },
})
