import { describe, expect, it } from '@jest/globals'

import { formatJstDate, formatJstDateTime, parseJstDateTimeLocal } from '../shared'

describe('Japan time', () => {
  it('writes dates as yyyy/MM/dd and times in JST, across the UTC day boundary', () => {
    expect(formatJstDate('2026-12-31T15:30:00Z')).toBe('2027/01/01')
    expect(formatJstDateTime('2026-12-31T15:30:00Z')).toBe('2027/01/01 00:30')
  })

  it('reads a datetime-local value as Japan time, not the browser’s zone', () => {
    expect(parseJstDateTimeLocal('2026-12-24T09:30')?.toISOString()).toBe('2026-12-24T00:30:00.000Z')
    expect(parseJstDateTimeLocal('2026-12-24T09:30:15')?.toISOString()).toBe('2026-12-24T00:30:15.000Z')
    for (const bad of ['', '2026-12-24', '2026-12-24T9:30', '2026-13-45T25:61', '2026-12-24T09:30Z']) {
      expect([bad, parseJstDateTimeLocal(bad)]).toEqual([bad, null])
    }
  })
})
