import { randomBytes } from 'node:crypto'

import { userIdFrom } from './ids'

/** A fresh user ID in LINE's format (`U` + 32 lowercase hex digits). */
export const randomUserId = (): string => `U${randomBytes(16).toString('hex')}`

/** `count` user IDs derived from a seed: the same seed gives the same followers. */
export const generatedUserIds = (count: number, seed = 'akita'): string[] =>
  Array.from({ length: count }, (_, i) => userIdFrom(`${seed}:${i}`))
