import { describe, expect, it } from '@jest/globals'

import { DeliveryLog } from '../deliveries'
import { FaultInjector, normaliseFaults } from '../faults'
import { urlsOf } from '../insight'
import { matchesDemographic } from '../narrowcast'
import { RateLimiter } from '../rateLimiter'
import { RetryKeyStore } from '../retryKeys'
import { UserRegistry } from '../users'
import { userIds } from './helpers'

const DAY = 24 * 3600 * 1000

describe('retry keys', () => {
  it('are remembered for 24 hours, case-insensitively', () => {
    const store = new RetryKeyStore()
    const key = '123E4567-E89B-12D3-A456-426614174000'
    store.accept(key, { requestId: 'r1', operation: 'multicast', at: 0 })
    expect(store.get(key.toLowerCase(), DAY - 1)?.requestId).toBe('r1')
    expect(store.get(key, DAY)).toBeUndefined()
  })
})

describe('rate limiter', () => {
  it('counts each endpoint in its own window', () => {
    const limiter = new RateLimiter()
    const limit = { requests: 2, perMs: 1000 }
    expect([limiter.take('narrowcast', limit, 0), limiter.take('narrowcast', limit, 10), limiter.take('narrowcast', limit, 20)]).toEqual([
      true,
      true,
      false,
    ])
    expect(limiter.take('broadcast', limit, 20)).toBe(true)
    expect(limiter.take('narrowcast', limit, 1000)).toBe(true)
    expect(limiter.rejected).toBe(1)
  })
})

describe('fault settings', () => {
  it('reject shares outside 0–1 or adding up to more than 1', () => {
    expect(() => normaliseFaults({ status500: -0.1 })).toThrow(/status500/)
    expect(() => normaliseFaults({ status500: 0.6, status429: 0.6 })).toThrow(/more than 1/)
    expect(() => normaliseFaults({ afterAcceptMode: 'later' as never })).toThrow(/afterAcceptMode/)
  })

  it('draw every kind in proportion', () => {
    const faults = new FaultInjector({
      status429: 0.1,
      status500: 0.1,
      timeoutBeforeAccept: 0.1,
      status500AfterAccept: 0.1,
      timeoutAfterAccept: 0.1,
      seed: 1,
    })
    const counts = new Map<string, number>()
    for (let i = 0; i < 10_000; i++) {
      const kind = faults.draw('multicast') ?? 'none'
      counts.set(kind, (counts.get(kind) ?? 0) + 1)
    }
    for (const kind of ['status429', 'status500', 'timeoutBeforeAccept', 'status500AfterAccept', 'timeoutAfterAccept']) {
      expect(counts.get(kind)).toBeGreaterThan(850)
      expect(counts.get(kind)).toBeLessThan(1150)
    }
    expect(counts.get('none')).toBeGreaterThan(4700)
  })
})

describe('delivery log', () => {
  it('counts deliveries per user, keeps replies apart and pages across requests', () => {
    const log = new DeliveryLog()
    const [a, b, c] = userIds(3)
    log.record({
      requestId: 'r1',
      endpoint: 'multicast',
      at: 0,
      messages: [{ type: 'text', text: 'x' }],
      messageIds: ['1'],
      recipients: [a, b],
    })
    log.record({
      requestId: 'r2',
      endpoint: 'multicast',
      at: 1,
      messages: [{ type: 'text', text: 'y' }],
      messageIds: ['2'],
      recipients: [b, c],
    })
    log.record({ requestId: 'r3', endpoint: 'reply', at: 2, messages: [{ type: 'text', text: 'z' }], messageIds: ['3'], recipients: [a] })
    expect([log.countFor(a), log.countFor(b), log.countFor(c), log.repliesFor(a)]).toEqual([1, 2, 1, 1])
    expect({ total: log.total, users: log.users, duplicates: log.duplicates }).toEqual({ total: 4, users: 3, duplicates: 1 })
    const page = log.report({ page: 2, limit: 3 })
    expect(page.messages?.map((m) => [m.requestId, m.userId])).toEqual([['r2', c]])
    expect(JSON.parse(log.reportJson({ summary: true, includeReplies: true }).join('')).perUser).toEqual({ [a]: 2, [b]: 2, [c]: 1 })
  })
})

describe('statistics helpers', () => {
  it('find the URLs a resident can open, per message', () => {
    expect(
      urlsOf([
        { type: 'text', text: 'no link' },
        {
          type: 'flex',
          contents: {
            footer: { contents: [{ action: { type: 'uri', uri: 'https://a.jp/' } }, { action: { type: 'postback', data: 'x' } }] },
          },
        },
        { type: 'imagemap', actions: [{ type: 'uri', linkUri: 'https://b.jp/' }] },
      ]),
    ).toEqual([
      { seq: 2, url: 'https://a.jp/' },
      { seq: 3, url: 'https://b.jp/' },
    ])
  })

  it('evaluate narrowcast demographic filters with operators', () => {
    const users = new UserRegistry()
    const user = users.upsert({ userId: userIds(1)[0], age: 34, gender: 'female', area: 'jp_05', appType: 'ios' })
    expect(matchesDemographic(user, { type: 'age', gte: 'age_30', lt: 'age_35' })).toBe(true)
    expect(
      matchesDemographic(user, {
        type: 'operator',
        and: [
          { type: 'area', oneOf: ['jp_05'] },
          { type: 'gender', oneOf: ['male'] },
        ],
      }),
    ).toBe(false)
    expect(matchesDemographic(user, { type: 'operator', not: { type: 'appType', oneOf: ['android'] } })).toBe(true)
  })
})
