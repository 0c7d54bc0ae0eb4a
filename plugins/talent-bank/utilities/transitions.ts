import type { MatchStatus } from '../constants'

/** The sides of a match: the candidate, the requesting department's editors, and admins. */
export type MatchActor = 'admin' | 'candidate' | 'department'

/** Who may move a match from one status to another; anything missing is not a valid move. */
export const MATCH_TRANSITIONS: Record<MatchStatus, Partial<Record<MatchStatus, MatchActor[]>>> = {
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

const LABEL: Record<MatchStatus, string> = {
  accepted: '承諾',
  cancelled: '取消',
  declined: '辞退',
  proposed: '打診中',
}

export type TransitionCheck = { message: string; ok: false; status: 400 | 403 } | { ok: true }

export const checkTransition = (from: MatchStatus, to: MatchStatus, actors: MatchActor[]): TransitionCheck => {
  if (from === to) return { ok: true }
  const allowed = MATCH_TRANSITIONS[from]?.[to]
  if (!allowed) return { message: `状態を「${LABEL[from]}」から「${LABEL[to]}」に変更することはできません`, ok: false, status: 400 }
  if (!actors.some((actor) => allowed.includes(actor))) {
    const who = to === 'cancelled' ? '依頼課の編集者または管理者' : '候補者本人または管理者'
    return { message: `「${LABEL[to]}」にできるのは${who}です`, ok: false, status: 403 }
  }
  return { ok: true }
}
