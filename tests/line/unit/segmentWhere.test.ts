import { describe, expect, it } from '@jest/globals'

import { countWarnings, matchesRule, recipientsWhere, ruleWhere } from '../../../plugins/line/utilities/segmentWhere'

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
})
