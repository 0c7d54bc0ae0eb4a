import { describe, expect, it } from '@jest/globals'

import type { CheckpointKey } from '../constants'
import { dueCheckpoint, planInsight, type PlannedDelivery } from '../insight/plan'

const H = 3_600_000
const D = 24 * H
const now = Date.parse('2026-11-20T12:00:00Z')
const delivery = (id: number, ageMs: number): PlannedDelivery => ({ id, key: `akita_unit_${id}`, sentAt: now - ageMs })
const base = {
  accountDue: false,
  budgetPerHour: 60,
  failedRecently: new Set<string>(),
  now,
  stored: new Map<string, Set<CheckpointKey>>(),
  usedLastHour: 0,
}

describe('dueCheckpoint', () => {
  it('is nothing before 1 h, then the latest checkpoint reached', () => {
    expect(dueCheckpoint(delivery(1, 59 * 60_000), undefined, now)).toBeNull()
    expect(dueCheckpoint(delivery(1, H), undefined, now)?.checkpoint).toBe('1h')
    expect(dueCheckpoint(delivery(1, 7 * H), undefined, now)?.checkpoint).toBe('6h')
    expect(dueCheckpoint(delivery(1, 2 * D), undefined, now)?.checkpoint).toBe('24h')
    expect(dueCheckpoint(delivery(1, 20 * D), undefined, now)?.checkpoint).toBe('14d')
  })

  it('skips checkpoints already stored, and earlier ones once a later one is stored', () => {
    expect(dueCheckpoint(delivery(1, 7 * H), new Set(['6h']), now)).toBeNull()
    expect(dueCheckpoint(delivery(1, 7 * H), new Set(['1h']), now)?.checkpoint).toBe('6h')
    expect(dueCheckpoint(delivery(1, 15 * D), new Set(['14d']), now)).toBeNull()
  })
})

describe('planInsight', () => {
  it('never plans more requests than the hour has left, account figures first', () => {
    const deliveries = Array.from({ length: 100 }, (_, i) => delivery(i + 1, H + i * 60_000))
    const plan = planInsight({ ...base, accountDue: true, deliveries, usedLastHour: 50 })
    expect(plan.account).toBe(true)
    expect(plan.fetches).toHaveLength(9)
    expect(plan.deferred).toBe(91)
    expect(planInsight({ ...base, accountDue: true, deliveries, usedLastHour: 60 })).toEqual({ account: false, deferred: 100, fetches: [] })
    expect(planInsight({ ...base, deliveries, usedLastHour: 75 }).fetches).toHaveLength(0)
  })

  it('serves the longest-waiting checkpoint first so that none starves', () => {
    const deliveries = [delivery(1, H + 5 * 60_000), delivery(2, 15 * D), delivery(3, 6 * H + 30 * 60_000)]
    const plan = planInsight({ ...base, budgetPerHour: 2, deliveries })
    expect(plan.fetches.map((f) => [f.delivery.id, f.checkpoint])).toEqual([
      [2, '14d'],
      [3, '6h'],
    ])
    expect(plan.deferred).toBe(1)
  })

  it('does not retry a checkpoint that failed within the hour', () => {
    const plan = planInsight({ ...base, deliveries: [delivery(1, 2 * H), delivery(2, 2 * H)], failedRecently: new Set(['1:1h']) })
    expect(plan.fetches.map((f) => f.delivery.id)).toEqual([2])
  })

  it('spreads six checkpoints of 30 deliveries over time within 60 requests an hour', () => {
    // Simulate a week of 5-minute ticks: every request is remembered for one hour.
    const deliveries = Array.from({ length: 30 }, (_, i) => ({ ...delivery(i, 0), sentAt: now + i * 10 * 60_000 }))
    const stored = new Map<string, Set<CheckpointKey>>()
    const calls: number[] = []
    for (let t = now; t < now + 16 * D; t += 5 * 60_000) {
      const used = calls.filter((c) => c > t - H).length
      const plan = planInsight({ ...base, deliveries, now: t, stored, usedLastHour: used })
      for (const f of plan.fetches) {
        calls.push(t)
        const set = stored.get(String(f.delivery.id)) ?? new Set<CheckpointKey>()
        set.add(f.checkpoint)
        stored.set(String(f.delivery.id), set)
      }
      expect(calls.filter((c) => c > t - H).length).toBeLessThanOrEqual(60)
    }
    for (const d of deliveries) expect(stored.get(String(d.id))?.has('14d')).toBe(true)
  })
})
