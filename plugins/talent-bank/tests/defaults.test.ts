import { describe, expect, it } from '@jest/globals'

import { resolveOptions } from '../defaults'

describe('talent bank options', () => {
  it('fills in the documented defaults', () => {
    const options = resolveOptions()
    expect(options).toMatchObject({
      adminGroup: { en: 'Talent bank', ja: '人材バンク' },
      consentVersion: '2026-04',
      disabled: false,
      hrDepartmentCode: 'jinji',
      includeOwnDepartment: false,
      maxCandidates: 50,
      userNameField: 'name',
      weights: { interests: 0.15 },
    })
    expect(options.organisation.users).toBe('users')
    expect(options.purpose.ja).toMatch(/^庁内の業務応援/)
    expect(options.purpose.en).toMatch(/^Used to find colleagues/)
  })

  it('takes the purpose as one text or one per language', () => {
    expect(resolveOptions({ purpose: '人材育成のため' }).purpose).toEqual({ en: '人材育成のため', ja: '人材育成のため' })
    expect(resolveOptions({ purpose: { en: 'For training', ja: '人材育成のため' } }).purpose).toEqual({
      en: 'For training',
      ja: '人材育成のため',
    })
    expect(resolveOptions({ purpose: { ja: '人材育成のため' } }).purpose).toEqual({ en: '人材育成のため', ja: '人材育成のため' })
  })

  it('rejects nonsense at config time', () => {
    expect(() => resolveOptions({ maxCandidates: 0 })).toThrow(/maxCandidates/)
    expect(() => resolveOptions({ maxCandidates: 2.5 })).toThrow(/maxCandidates/)
  })
})
