import crypto from 'node:crypto'

/** A valid-looking LINE user id, the same for the same seed text. */
export const userIdFor = (seed: string) => `U${crypto.createHash('md5').update(seed).digest('hex')}`
