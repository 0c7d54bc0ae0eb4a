import { describe, expect, it } from '@jest/globals'
import { TEST_RESIDENTS } from '@akita-dx/test-support/line'

import { resolveOptions } from '../defaults'
import { converse } from '../residents/conversation'

const quickReplyCount = (message: any) => message.quickReply?.items?.length ?? 0
const residents = resolveOptions({ residents: TEST_RESIDENTS }).residents
const say = (state: Parameters<typeof converse>[1], input: Parameters<typeof converse>[2]) => converse(residents, state, input)

describe('registration conversation', () => {
  it('walks region → municipality → age band → interests → done', () => {
    const start = say({}, { kind: 'start' })
    expect(start.updates).toEqual({ registrationStep: 'region' })
    expect(quickReplyCount(start.replies[2])).toBe(3)
    const region = say({ registrationStep: 'region' }, { data: 'action=region&v=kennan', kind: 'postback' })
    expect(quickReplyCount(region.replies[0])).toBe(3)
    const municipality = say({}, { data: 'action=municipality&v=yokote', kind: 'postback' })
    expect(municipality.updates).toEqual({ municipality: 'yokote', registrationStep: 'ageBand' })
    const age = say({}, { data: 'action=age&v=forties', kind: 'postback' })
    expect(age.updates).toEqual({ ageBand: 'forties', registrationStep: 'interests' })
    expect(quickReplyCount(age.replies[0])).toBe(TEST_RESIDENTS.interests.length + 1)
    const on = say({ interests: ['bosai'] }, { data: 'action=interest&v=iju', kind: 'postback' })
    expect(on.updates.interests).toEqual(['bosai', 'iju'])
    const off = say({ interests: ['bosai', 'iju'] }, { data: 'action=interest&v=bosai', kind: 'postback' })
    expect(off.updates.interests).toEqual(['iju'])
    const done = say({ ageBand: 'forties', interests: ['iju'], municipality: 'yokote' }, { data: 'action=done', kind: 'postback' })
    expect(done.completed).toBe(true)
    expect((done.replies[0] as { text: string }).text).toContain('横手市')
  })

  it('shows the privacy notice, with the policy link when there is one, before the first question', () => {
    const text = (m: unknown) => (m as { text: string }).text
    const bare = say({}, { kind: 'start' })
    expect(text(bare.replies[1])).toBe(residents.privacy.notice)
    const linked = converse(residents, {}, { kind: 'start' }, { policyUrl: 'https://www.pref.akita.example/privacy' })
    expect(text(linked.replies[1])).toBe(`${residents.privacy.notice}\n詳しくは: https://www.pref.akita.example/privacy`)
    expect(text(linked.replies[1])).toContain('「完了」を押すと')
    const own = resolveOptions({ residents: { ...TEST_RESIDENTS, privacy: { notice: '独自の説明', version: '2026-12' } } }).residents
    expect(own.privacy).toEqual({ notice: '独自の説明', policyUrl: undefined, version: '2026-12' })
    expect(() => resolveOptions({ residents: { ...TEST_RESIDENTS, privacy: { policyUrl: 'javascript:alert(1)' } } })).toThrow(/policyUrl/)
  })

  it('accepts a typed municipality name or code while asking for it; other text is an inquiry', () => {
    expect(say({ registrationStep: 'region' }, { kind: 'text', text: '大仙市' }).updates).toEqual({
      municipality: 'daisen',
      registrationStep: 'ageBand',
    })
    expect(say({ registrationStep: 'municipality' }, { kind: 'text', text: '05202' }).updates).toEqual({
      municipality: 'noshiro',
      registrationStep: 'ageBand',
    })
    expect(say({ registrationStep: null }, { kind: 'text', text: '大仙市' }).inquiry).toBe(true)
    expect(say({}, { kind: 'text', text: ' 設定 ' }).updates).toEqual({ registrationStep: 'region' })
  })

  it('ignores forged postback values', () => {
    expect(say({}, { data: 'action=municipality&v=tokyo', kind: 'postback' }).updates).toEqual({})
    expect(say({}, { data: 'action=interest&v=__proto__', kind: 'postback' }).updates).toEqual({})
    expect(say({}, { data: 'garbage', kind: 'postback' }).updates).toEqual({})
  })

  it('asks for the municipality first when the vocabulary has no regions', () => {
    const few = resolveOptions({ residents: { ...TEST_RESIDENTS, regions: undefined } }).residents
    const start = converse(few, {}, { kind: 'start' })
    expect(start.updates).toEqual({ registrationStep: 'municipality' })
    expect(quickReplyCount(start.replies[2])).toBe(TEST_RESIDENTS.municipalities.length)
  })

  it("refuses a vocabulary whose questions would not fit LINE's 13 quick replies", () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ label: `町${i}`, value: `m${i}` }))
    expect(() => resolveOptions({ residents: { interests: TEST_RESIDENTS.interests, municipalities: many } })).toThrow(/13/)
    expect(() =>
      resolveOptions({ residents: { ...TEST_RESIDENTS, regions: [{ label: 'x', municipalities: ['nowhere'], value: 'x' }] } }),
    ).toThrow(/unknown municipality/)
    expect(() => resolveOptions({ residents: { interests: [], municipalities: [] } })).toThrow(/required/)
  })
})
