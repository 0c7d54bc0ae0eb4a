import crypto from 'node:crypto'

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'

/** An unguessable base62 code from the OS's CSPRNG (rejection sampling keeps it uniform). */
export const newLinkCode = (length = 12): string => {
  let code = ''
  while (code.length < length) {
    for (const byte of crypto.randomBytes(length * 2)) {
      if (byte >= 248) continue // 248 = 62 × 4: larger bytes would favour the first letters
      code += ALPHABET[byte % 62]
      if (code.length === length) break
    }
  }
  return code
}
