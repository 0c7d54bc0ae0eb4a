import type { Payload } from 'payload'

import { classifyCallError, withTimeout } from '../client/callOutcome'
import { createMessagingClient, lineClientConfig } from '../client/config'
import { deterministicRetryKey } from '../client/retryKey'
import { LINE_LIMITS, LINE_USER_ID_PATTERN } from '../constants'
import { lineOptionsOf } from '../options'

// A notice is a nudge: the click that caused it must not wait long on a slow LINE.
const NOTICE_TIMEOUT_MS = 5000

/** The LINE user ids staff members linked (by one-time code), well-formed ones only. */
export const linkedIds = (users: { lineUserIds?: null | string[] }[]): string[] =>
  users.flatMap((u) => (u.lineUserIds ?? []).filter((id) => LINE_USER_ID_PATTERN.test(id)))

/**
 * One text to staff members' own LINE, in multicasts of LINE's size. Best effort: what it is about
 * is already stored and shown in the admin, so a LINE that refuses only costs the nudge (logged,
 * without the text). The retry key of each multicast is derived from the event, so a repeated
 * call reaches each phone once. Answers whether every multicast was accepted.
 */
export const pushToStaff = async (payload: Payload, to: string[], text: string, event: string): Promise<boolean> => {
  if (to.length === 0 || lineOptionsOf(payload).disabled) return false
  let client: ReturnType<typeof createMessagingClient>
  try {
    client = createMessagingClient(lineClientConfig())
  } catch (error) {
    payload.logger.warn({ event, msg: `LINE notice to staff not sent: ${(error as Error).message}` })
    return false
  }
  const messages = [{ text: text.slice(0, LINE_LIMITS.text), type: 'text' as const }]
  const size = LINE_LIMITS.multicastRecipients
  let accepted = true
  for (let start = 0; start < to.length; start += size) {
    const key = deterministicRetryKey(start === 0 ? event : `${event}:${start / size}`)
    try {
      await withTimeout(client.multicast({ messages, to: to.slice(start, start + size) }, key), NOTICE_TIMEOUT_MS)
    } catch (error) {
      // A repeated key is LINE saying it took this multicast already: those phones were reached.
      if (classifyCallError(error).kind === 'accepted') continue
      accepted = false
      payload.logger.warn({ event, msg: `LINE notice to staff not sent: ${(error as Error).message}` })
    }
  }
  return accepted
}
