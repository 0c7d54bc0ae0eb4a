import { describe, expect, it } from '@jest/globals'

import { appliesInMunicipality } from '../rules/areas'

describe('where a programme applies', () => {
  it('nationwide and prefecture-wide everywhere, listed municipalities only there, no scope as the whole prefecture', () => {
    expect(appliesInMunicipality('nationwide', [], 'yokote')).toBe(true)
    expect(appliesInMunicipality('prefecture', ['akita'], 'yokote')).toBe(true)
    expect(appliesInMunicipality(undefined, undefined, 'yokote')).toBe(true)
    expect(appliesInMunicipality('municipalities', ['yokote', 'yuzawa'], 'yokote')).toBe(true)
    expect(appliesInMunicipality('municipalities', ['akita'], 'yokote')).toBe(false)
    // A resident who registered no municipality hears only of what applies everywhere.
    expect(appliesInMunicipality('municipalities', ['akita'], null)).toBe(false)
    expect(appliesInMunicipality('prefecture', [], null)).toBe(true)
  })
})
