import { describe, expect, it } from '@jest/globals'

import { isProfileVisibleTo, profileVisibilityWhere, type Viewer } from '../access/visibility'

const staff: Viewer = { id: 1, isAdmin: false, isHr: false }
const hr: Viewer = { id: 2, isAdmin: false, isHr: true }
const admin: Viewer = { id: 3, isAdmin: true, isHr: false }
const owner: Viewer = { id: 9, isAdmin: false, isHr: false }

describe('profile visibility', () => {
  // viewer → visible for 本人のみ / 人事 / 全庁, consent given
  const table: [string, Viewer | null, [boolean, boolean, boolean]][] = [
    ['anonymous', null, [false, false, false]],
    ['staff', staff, [false, false, true]],
    ['人事', hr, [false, true, true]],
    ['admin', admin, [false, true, true]],
    ['owner', owner, [true, true, true]],
  ]
  it.each(table)('%s sees self/hr/all profiles as in the table', (_name, viewer, expected) => {
    const seen = (['self', 'hr', 'all'] as const).map((visibility) =>
      isProfileVisibleTo({ consentStatus: 'given', user: 9, visibility }, viewer),
    )
    expect(seen).toEqual(expected)
  })

  it('hides a withdrawn profile from everyone but its owner', () => {
    const profile = { consentStatus: 'withdrawn', user: { id: 9 }, visibility: 'all' }
    expect([staff, hr, admin].map((v) => isProfileVisibleTo(profile, v))).toEqual([false, false, false])
    expect(isProfileVisibleTo(profile, owner)).toBe(true)
  })

  it('builds the query constraint with the same levels', () => {
    expect(profileVisibilityWhere(null)).toBe(false)
    expect(profileVisibilityWhere(staff)).toEqual({
      or: [{ user: { equals: 1 } }, { and: [{ consentStatus: { equals: 'given' } }, { visibility: { in: ['all'] } }] }],
    })
    expect(JSON.stringify(profileVisibilityWhere(hr, 'profile.'))).toContain('"profile.visibility":{"in":["hr","all"]}')
  })
})
