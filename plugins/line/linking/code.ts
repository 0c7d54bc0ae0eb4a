import crypto from 'node:crypto'

/** No 0/O, 1/I/L: a code read off a screen and typed on a phone. 31^8 ≈ 8.5 × 10^11 codes: guessing one in its 10 minutes is hopeless. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'

export const LINK_CODE_TTL_MS = 10 * 60_000

/** A new code, shown as `ABCD-2345`. */
export const newLinkCode = (): string => {
  const chars = Array.from({ length: 8 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)])
  return `${chars.slice(0, 4).join('')}-${chars.slice(4).join('')}`
}

/** The code in a resident's message (`abcd2345`, `ＡＢＣＤ－２３４５` and the like), or null when it is not one. */
export const linkCodeIn = (text: string): null | string => {
  const compact = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-ー－]/g, '')
  return /^[A-Z0-9]{8}$/.test(compact) && [...compact].every((c) => ALPHABET.includes(c))
    ? `${compact.slice(0, 4)}-${compact.slice(4)}`
    : null
}

/** Codes are kept as digests: a reader of the table cannot link their own LINE to someone's account. */
export const linkCodeHash = (code: string, secret: string): string => crypto.createHmac('sha256', secret).update(code).digest('hex')
