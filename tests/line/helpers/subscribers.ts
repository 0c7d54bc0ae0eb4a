// Also used by the click-analytics tests: keep these exports stable.
import type { Payload } from 'payload'

import crypto from 'node:crypto'

import { AGE_BANDS, MUNICIPALITIES, TOPICS } from '../../../src/lib/akita'

/** A valid-looking LINE user id, the same for the same seed text. */
export const userIdFor = (seed: string) => `U${crypto.createHash('md5').update(seed).digest('hex')}`

export type TestSubscriber = { ageBand: string; interests: string[]; lineUserId: string; municipality: string }

/** Deterministic residents spread over municipalities, age bands and interests. */
export const generateSubscribers = (count: number, prefix = 'test'): TestSubscriber[] =>
  Array.from({ length: count }, (_, i) => ({
    ageBand: AGE_BANDS[(i * 3) % AGE_BANDS.length].value,
    interests: [TOPICS[i % TOPICS.length].value, ...(i % 3 === 0 ? [TOPICS[(i + 4) % TOPICS.length].value] : [])],
    lineUserId: userIdFor(`${prefix}-${i}`),
    municipality: MUNICIPALITIES[i % MUNICIPALITIES.length].value,
  }))

/** Inserts through the Local API (fine up to a few thousand; benchmarks insert in bulk). */
export const insertSubscribers = async (payload: Payload, subscribers: TestSubscriber[]) => {
  for (const s of subscribers) {
    await payload.create({
      collection: 'line-subscribers',
      data: { ...s, followState: 'following', followedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
    })
  }
}
