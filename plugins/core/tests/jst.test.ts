import { describe, expect, it } from '@jest/globals'

import { formatJstDate, formatJstDateTime, formatJstPeriod, labelIn, parseJstDateTimeLocal } from '../shared'

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

  it('writes a period of JST days, an open end left empty, and nothing for no period at all', () => {
    expect(formatJstPeriod('2026-05-31T15:00:00.000Z', '2026-08-31T00:00:00.000Z')).toBe('2026/06/01〜2026/08/31')
    expect(formatJstPeriod('2026-04-01', null)).toBe('2026/04/01〜')
    expect(formatJstPeriod(null, undefined)).toBe('')
  })

  it('picks a label in the language asked for, else Japanese, else the one there is', () => {
    expect(labelIn({ en: 'Adopted ideas', ja: '採用されたアイデア' }, 'en')).toBe('Adopted ideas')
    expect(labelIn({ ja: '採用されたアイデア' }, 'en')).toBe('採用されたアイデア')
    expect(labelIn({ en: 'Only English' })).toBe('Only English')
    expect(labelIn('横手市', 'en')).toBe('横手市')
  })
})
