import { idOf } from '@akita-dx/plugin-core/shared'

import type { Where } from 'payload'

import type { IdeaKind, IdeaState, ModerationState } from '../constants'

import { SOLVED_STATES, VOTABLE_STATES } from '../constants'

export const isVotable = (state: unknown): boolean => VOTABLE_STATES.includes(state as IdeaState)

export const isVisible = (moderation: unknown): boolean => (moderation ?? 'visible') === 'visible'

/**
 * Know-how: a 困りごと whose department accepted (or implemented) an answer. Only then is the
 * answer worth finding again by the next person with the same problem.
 */
export const isSolved = (idea: { answerText?: null | string; kind?: IdeaKind | null | string; state?: null | string }) =>
  idea.kind === 'problem' && SOLVED_STATES.includes(idea.state as IdeaState) && Boolean(idea.answerText?.trim())

/** Still waiting for the target department: no official answer yet and not decided. */
export const isAwaitingAnswer = (idea: { answerText?: null | string; state?: null | string }) =>
  isVotable(idea.state ?? 'open') && !idea.answerText?.trim()

const DAY_MS = 86_400_000

/** When the target department's answer is due: a number of days after posting or reassignment. */
export const answerDueAt = (from: Date, days: number): string => new Date(from.getTime() + days * DAY_MS).toISOString()

/** 期限超過: still awaiting the department's answer after its due time. The one test, as a query. */
export const overdueWhere = (now: Date): Where => ({
  and: [{ awaitingAnswer: { equals: true } }, { answerDueAt: { less_than: now.toISOString() } }],
})

/** A reply's depth, or null when it would be deeper than allowed. Top-level comments are depth 1. */
export const replyDepth = (parentDepth: null | number | undefined, maxDepth: number): null | number => {
  const depth = parentDepth ? parentDepth + 1 : 1
  return depth > maxDepth ? null : depth
}

type CountedComment = { deleted?: boolean | null; moderation?: ModerationState | null | string }

/** Comments shown to colleagues count towards the idea's commentsCount; deleted and hidden ones do not. */
export const countsAsComment = (comment: CountedComment | null | undefined): boolean =>
  Boolean(comment) && !comment?.deleted && isVisible(comment?.moderation)

/** How much the idea's commentsCount moves when a comment goes from `before` to `after`. */
export const commentCountDelta = (before: CountedComment | null | undefined, after: CountedComment | null | undefined) =>
  Number(countsAsComment(after)) - Number(countsAsComment(before))

export const withinEditWindow = (createdAt: Date | string | undefined, now: Date, minutes: number): boolean => {
  if (!createdAt) return true
  const created = new Date(createdAt).getTime()
  if (Number.isNaN(created)) return false
  return now.getTime() - created <= minutes * 60_000
}

/** One key per flagged item, so that a compound unique index allows one report per person per item. */
export const flagTargetKey = (target: { comment?: unknown; idea?: unknown }) => {
  const comment = idOf(target.comment)
  const idea = idOf(target.idea)
  if ((comment === null) === (idea === null)) return null
  return comment !== null ? `comment:${comment}` : `idea:${idea}`
}
