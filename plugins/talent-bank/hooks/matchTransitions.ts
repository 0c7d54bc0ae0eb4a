import type { MatchStatus } from '../constants'
import type { TalentBankKey, Translator } from '../translations'

import { translatorFor } from '../translations'

/** The sides of a match: the candidate, the requesting department's editors, and admins. */
export type MatchActor = 'admin' | 'candidate' | 'department'

/** Who may move a match from one status to another; anything missing is not a valid move. */
const MATCH_TRANSITIONS: Record<MatchStatus, Partial<Record<MatchStatus, MatchActor[]>>> = {
  accepted: { cancelled: ['department', 'candidate', 'admin'] },
  cancelled: {},
  declined: {},
  proposed: {
    accepted: ['candidate', 'admin'],
    cancelled: ['department', 'admin'],
    declined: ['candidate', 'admin'],
  },
}

/** Which fields besides status each side writes. */
export const MATCH_FIELDS_BY_ACTOR: Record<MatchActor, string[]> = {
  admin: ['message', 'response'],
  candidate: ['response'],
  department: ['message'],
}

type TransitionCheck = { message: string; ok: false; status: 400 | 403 } | { ok: true }

export const checkTransition = (
  from: MatchStatus,
  to: MatchStatus,
  actors: MatchActor[],
  t: Translator = translatorFor(),
): TransitionCheck => {
  if (from === to) return { ok: true }
  const status = (value: MatchStatus) => t(`matchStatus.${value}` as TalentBankKey)
  const allowed = MATCH_TRANSITIONS[from]?.[to]
  if (!allowed) return { message: t('error.invalidTransition', { from: status(from), to: status(to) }), ok: false, status: 400 }
  if (!actors.some((actor) => allowed.includes(actor))) {
    const key = to === 'cancelled' ? 'error.transitionByDepartment' : 'error.transitionByCandidate'
    return { message: t(key, { to: status(to) }), ok: false, status: 403 }
  }
  return { ok: true }
}
