import { describe, expect, it } from '@jest/globals'

import { jstDayNumber, startOfJstDayNumber } from '@akita-dx/plugin-core/shared'

import { dayOrNull } from '../cards/subsidy'
import { statusWhere, subsidyStatus } from '../index'

// 2026-06-10 10:00 JST = 01:00 UTC.
const NOW = new Date('2026-06-10T01:00:00Z')
const jst = (date: string) => new Date(`${date}T00:00:00+09:00`).toISOString()

describe('subsidyStatus (Japan calendar days)', () => {
  it('is upcoming before the first day and open from its first minute in Japan', () => {
    expect(subsidyStatus({ acceptanceStart: jst('2026-06-11'), acceptanceEnd: jst('2026-12-01') }, NOW)).toBe('upcoming')
    expect(subsidyStatus({ acceptanceStart: jst('2026-06-10'), acceptanceEnd: jst('2026-12-01') }, NOW)).toBe('open')
    // 23:59 JST on 10 June is still 10 June: a start stored as 15:00 UTC the day before counts as 10 June.
    expect(subsidyStatus({ acceptanceStart: '2026-06-09T15:00:00Z' }, NOW)).toBe('open')
  })

  it('counts the deadline day as open, in Japan time even late at night UTC', () => {
    const end = jst('2026-06-10')
    expect(subsidyStatus({ acceptanceEnd: end }, new Date('2026-06-10T14:59:00Z'))).toBe('closing_soon')
    expect(subsidyStatus({ acceptanceEnd: end }, new Date('2026-06-10T15:00:00Z'))).toBe('closed')
  })

  it('turns closing soon 14 days before the deadline day', () => {
    expect(subsidyStatus({ acceptanceEnd: jst('2026-06-24') }, NOW)).toBe('closing_soon')
    expect(subsidyStatus({ acceptanceEnd: jst('2026-06-25') }, NOW)).toBe('open')
    expect(subsidyStatus({ acceptanceEnd: jst('2026-06-24') }, NOW, 3)).toBe('open')
  })

  it('treats 通年 as open whatever the dates, and no dates as open', () => {
    expect(subsidyStatus({ acceptanceEnd: jst('2020-01-01'), yearRound: true }, NOW)).toBe('open')
    expect(subsidyStatus({}, NOW)).toBe('open')
    expect(subsidyStatus({ acceptanceEnd: 'not a date' }, NOW)).toBe('open')
  })

  it('shows dates as the calendar day in Japan', () => {
    expect(dayOrNull('2026-06-09T15:00:00Z')).toBe('2026-06-10')
    expect(dayOrNull('2026-06-09T14:59:59Z')).toBe('2026-06-09')
    expect(dayOrNull('not a date')).toBeNull()
    expect(startOfJstDayNumber(jstDayNumber(NOW)).toISOString()).toBe('2026-06-09T15:00:00.000Z')
  })
})

/** A tiny evaluator of the Where clauses statusWhere produces, to prove both rules agree. */
type Doc = { acceptanceEnd?: null | string; acceptanceStart?: null | string; yearRound: boolean }
const evaluate = (where: Record<string, any>, doc: Doc): boolean => {
  if (where.and) return where.and.every((w: any) => evaluate(w, doc))
  if (where.or) return where.or.some((w: any) => evaluate(w, doc))
  const [[field, cond]] = Object.entries(where) as [[keyof Doc, Record<string, any>]]
  const [[op, arg]] = Object.entries(cond)
  const value = doc[field]
  if (op === 'equals') return value === arg
  if (op === 'exists') return (value !== null && value !== undefined) === arg
  if (value === null || value === undefined) return false
  const t = new Date(value as string).getTime()
  const a = new Date(arg).getTime()
  if (op === 'less_than') return t < a
  if (op === 'greater_than_equal') return t >= a
  throw new Error(`operator ${op}`)
}

describe('statusWhere', () => {
  it('queries the fields it is given', () => {
    const fields = { acceptanceEnd: 'closes', acceptanceStart: 'opens', yearRound: 'allYear' }
    const where = JSON.stringify(statusWhere(['upcoming', 'open', 'closing_soon', 'closed'], { fields, now: NOW }))
    const names = [...where.matchAll(/"(\w+)":\{"(?:equals|exists|less_than|greater_than_equal)"/g)].map((match) => match[1])
    expect(new Set(names)).toEqual(new Set(['allYear', 'opens', 'closes']))
  })

  it('selects exactly the documents whose derived status is asked for (random dates)', () => {
    let seed = 42
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const around = () => (random() < 0.15 ? null : new Date(NOW.getTime() + (random() - 0.5) * 80 * 86_400_000).toISOString())
    const statuses = ['upcoming', 'open', 'closing_soon', 'closed'] as const
    for (let i = 0; i < 2000; i++) {
      const doc: Doc = { acceptanceEnd: around(), acceptanceStart: around(), yearRound: random() < 0.1 }
      const expected = subsidyStatus(doc, NOW)
      for (const status of statuses) {
        expect([status, evaluate(statusWhere([status], { now: NOW }), doc)]).toEqual([status, status === expected])
      }
      expect(evaluate(statusWhere(['open', 'closed'], { now: NOW }), doc)).toBe(expected === 'open' || expected === 'closed')
    }
  })
})
