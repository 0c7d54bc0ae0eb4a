import { describe, expect, it } from '@jest/globals'

import { countWarnings } from '../segments/count'
import { segmentKeyOf } from '../segments/key'
import { matchesRule, recipientsWhere, ruleWhere } from '../segments/rule'

describe('segment rules', () => {
  const resident = { ageBand: 'thirties', interests: ['kosodate', 'bosai'], municipality: 'akita' }

  it('AND needs every criterion, OR any one', () => {
    expect(matchesRule({ combinator: 'and', interests: ['kosodate'], municipalities: ['akita'] }, resident)).toBe(true)
    expect(matchesRule({ combinator: 'and', interests: ['kosodate'], municipalities: ['yokote'] }, resident)).toBe(false)
    expect(matchesRule({ combinator: 'or', interests: ['kanko'], municipalities: ['akita'] }, resident)).toBe(true)
    expect(matchesRule({ combinator: 'or', interests: ['kanko'], municipalities: ['yokote'] }, resident)).toBe(false)
  })

  it('interests match on any one in common; an empty rule is everyone', () => {
    expect(matchesRule({ interests: ['iju', 'bosai'] }, resident)).toBe(true)
    expect(matchesRule({ interests: ['iju'] }, resident)).toBe(false)
    expect(matchesRule({}, resident)).toBe(true)
    expect(ruleWhere({ ageBands: [], interests: [], municipalities: [] })).toBeUndefined()
  })

  it('builds Payload where clauses that keep blocked residents out', () => {
    expect(ruleWhere({ ageBands: ['thirties'], combinator: 'or', municipalities: ['akita'] })).toEqual({
      or: [{ municipality: { in: ['akita'] } }, { ageBand: { in: ['thirties'] } }],
    })
    expect(recipientsWhere([{ interests: ['bosai'] }, { municipalities: ['oga'] }])).toEqual({
      and: [{ followState: { equals: 'following' } }, { or: [{ interests: { in: ['bosai'] } }, { municipality: { in: ['oga'] } }] }],
    })
    // A segment without criteria in the union makes the whole union "every follower".
    expect(recipientsWhere([{ interests: ['bosai'] }, {}])).toEqual({ followState: { equals: 'following' } })
  })

  it('warns under 50 (narrowcast) and under 20 (statistics)', () => {
    expect(countWarnings(50)).toEqual([])
    expect(countWarnings(49).map((w) => w.code)).toEqual(['narrowcast'])
    expect(countWarnings(19).map((w) => w.code)).toEqual(['statistics', 'narrowcast'])
  })

  it('keys a union of segments one way, whatever the order or form of the ids', () => {
    expect(segmentKeyOf([10, 3])).toBe('3,10')
    expect(segmentKeyOf(['10', { id: 3 }, 3])).toBe('3,10')
    expect(segmentKeyOf([9, 10, 2])).toBe(segmentKeyOf([2, 9, 10]))
    expect(segmentKeyOf([])).toBeNull()
    expect(segmentKeyOf(undefined)).toBeNull()
  })
})
