import crypto from 'node:crypto'

import { jstDay } from '@akita-dx/plugin-core/shared'

/**
 * A pseudonymous visitor key for unique-click counts: an HMAC of the IP address and user agent
 * under a key that changes every (JST) day and is derived from the Payload secret. The same
 * phone gives the same key all day, nobody can recover the IP from it, and keys of two days
 * cannot be linked, so no click row identifies a resident.
 */
export const visitorKeyer = (secret: string) => {
  let day = ''
  let dayKey: Buffer = Buffer.alloc(0)
  return (ip: string, userAgent: string, now: Date | number = Date.now()): string => {
    const today = jstDay(now)
    if (today !== day) {
      day = today
      dayKey = crypto.createHmac('sha256', secret).update(`line-analytics/visitor/${today}`).digest()
    }
    return crypto.createHmac('sha256', dayKey).update(`${ip}\n${userAgent}`).digest('base64url').slice(0, 22)
  }
}
