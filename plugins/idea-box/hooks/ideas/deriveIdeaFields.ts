import type { CollectionBeforeChangeHook } from 'payload'

import { plainTextOf } from '../../utilities/richText'
import { idOf } from '@akita-dx/plugin-core/shared'

import { answerDueAt, isAwaitingAnswer, isSolved } from '../../utilities/rules'

/** Counters move only by atomic increments (see utilities/counters.ts), never with a document save. */
const COUNTERS = ['votesCount', 'commentsCount', 'openFlagsCount'] as const

type Answer = { answeredAt?: null | string; answeredBy?: unknown; text?: null | string }

/**
 * Everything on an idea that is computed, not typed: counters, who answered and when, the
 * history of state changes (what the author watches), know-how and awaiting-answer flags and
 * the plain text the admin list searches.
 */
export const deriveIdeaFields =
  (answerWithinDays: number): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    const by = req.user?.id ?? null
    const now = new Date().toISOString()

    if (operation === 'create') {
      for (const counter of COUNTERS) data[counter] = 0
      data.state ??= 'open'
      data.moderation ??= 'visible'
      data.stateHistory = []
    } else {
      // Saving an idea must not write back counters read before a concurrent vote was counted.
      for (const counter of COUNTERS) delete data[counter]
    }

    const answer: Answer = { ...(data.officialAnswer ?? {}) }
    const text = String(answer.text ?? '').trim()
    const previousText = String((originalDoc?.officialAnswer as Answer | undefined)?.text ?? '').trim()
    if (text !== previousText) {
      answer.answeredBy = text ? by : null
      answer.answeredAt = text ? now : null
    }
    data.officialAnswer = answer

    const previousState = operation === 'create' ? 'open' : originalDoc?.state
    if (data.state !== previousState) {
      data.stateHistory = [
        ...((originalDoc?.stateHistory as unknown[] | undefined) ?? []),
        { changedAt: now, changedBy: by, from: previousState, to: data.state },
      ]
      data.stateChangedAt = now
    }

    // A reassigned idea gives its new department the full time to answer.
    const reassigned =
      operation === 'update' && 'targetDepartment' in data && idOf(data.targetDepartment) !== idOf(originalDoc?.targetDepartment)
    if (operation === 'create' || reassigned) data.answerDueAt = answerDueAt(new Date(now), answerWithinDays)
    else delete data.answerDueAt

    data.solved = isSolved({ answerText: text, kind: data.kind, state: data.state })
    data.awaitingAnswer = isAwaitingAnswer({ answerText: text, state: data.state })
    data.searchText = [data.title, plainTextOf(data.body), text].filter(Boolean).join('\n')
    return data
  }
