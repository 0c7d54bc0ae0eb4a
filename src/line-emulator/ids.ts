import { createHash, randomBytes, randomUUID } from 'node:crypto'

/** `X-Line-Request-Id`: LINE sends a lowercase UUID. */
export const newRequestId = (): string => randomUUID()

let messageSeq = BigInt(Date.now()) * 100_000n

/** Message IDs are numeric strings (18 digits today) that only grow. */
export const newMessageId = (): string => {
  messageSeq += 1n
  return messageSeq.toString().padStart(18, '0').slice(-18)
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A ULID (time-sortable, 26 Crockford base32 chars), the shape of LINE's `webhookEventId`. */
export const newUlid = (now = Date.now()): string => {
  let time = ''
  let t = now
  for (let i = 0; i < 10; i++) {
    time = CROCKFORD[t % 32] + time
    t = Math.floor(t / 32)
  }
  const bytes = randomBytes(16)
  let rand = ''
  for (let i = 0; i < 16; i++) rand += CROCKFORD[bytes[i] % 32]
  return time + rand
}

export const newToken = (bytes = 16): string => randomBytes(bytes).toString('hex')

export const newQuoteToken = (): string => randomBytes(24).toString('base64url')

/** A valid-looking user ID, deterministic in its seed (for generated followers). */
export const userIdFrom = (seed: string): string => `U${createHash('md5').update(seed).digest('hex')}`

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
