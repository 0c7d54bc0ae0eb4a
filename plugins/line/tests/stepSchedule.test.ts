import { describe, expect, it } from '@jest/globals'

import { dueWhere, stepDueAt } from '../steps/schedule'

const HOUR = 3_600_000

/** The query's bound as the database would read it. */
const dueByQuery = (startedAt: Date, day: number, now: Date, sendHour: number) => {
  const rule = dueWhere(day, now, sendHour).startedAt as { less_than?: string; less_than_equal?: string }
  return rule.less_than !== undefined ? startedAt < new Date(rule.less_than) : startedAt <= new Date(rule.less_than_equal!)
}

describe('when a step is due', () => {
  it('day 0 at once, later days at the send hour JST of that calendar day', () => {
    // A follow at 23:30 JST on 2026/12/04.
    const started = new Date('2026-12-04T23:30:00+09:00')
    expect(stepDueAt(started, 0, 10)).toEqual(started)
    expect(stepDueAt(started, 1, 10)).toEqual(new Date('2026-12-05T10:00:00+09:00'))
    expect(stepDueAt(started, 3, 10)).toEqual(new Date('2026-12-07T10:00:00+09:00'))
    // 00:30 JST is still the previous day in UTC: the JST calendar counts.
    expect(stepDueAt(new Date('2026-12-05T00:30:00+09:00'), 1, 8)).toEqual(new Date('2026-12-06T08:00:00+09:00'))
  })

  it('the query finds exactly the enrolments stepDueAt calls due, across day boundaries and hours', () => {
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const base = Date.parse('2026-12-01T00:00:00Z')
    for (let i = 0; i < 5000; i += 1) {
      const startedAt = new Date(base + Math.floor(random() * 20 * 24) * HOUR + Math.floor(random() * HOUR))
      const day = [0, 1, 3, 7, 14][i % 5]
      const sendHour = i % 24
      const now = new Date(startedAt.getTime() + Math.floor(random() * 20 * 24 * HOUR))
      expect([i, dueByQuery(startedAt, day, now, sendHour)]).toEqual([i, stepDueAt(startedAt, day, sendHour) <= now])
    }
  })
})
