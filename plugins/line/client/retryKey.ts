import crypto from 'node:crypto'

/**
 * A retry key (a UUID, as LINE asks for) that is the same every time for the same seed: a request
 * repeated after a crash or a lost answer carries the key of the first try, and LINE delivers it once.
 */
export const deterministicRetryKey = (seed: string): string => {
  const h = crypto.createHash('sha256').update(seed).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}
