import { describe, expect, it } from '@jest/globals'

import { MUNICIPALITIES } from '../../../src/lib/akita'
import { converse, REGIONS } from '../../../plugins/line/utilities/conversation'

const quickReplyCount = (message: any) => message.quickReply?.items?.length ?? 0

describe('registration conversation', () => {
  it('the three regions cover the 25 municipalities once each, within 13 quick replies', () => {
    const all = REGIONS.flatMap((r) => [...r.municipalities])
    expect(all.sort()).toEqual(MUNICIPALITIES.map((m) => m.value).sort())
    for (const r of REGIONS) expect(r.municipalities.length).toBeLessThanOrEqual(13)
  })

  it('walks region → municipality → age band → interests → done', () => {
    const start = converse({}, { kind: 'start' })
    expect(start.updates).toEqual({ registrationStep: 'region' })
    expect(quickReplyCount(start.replies[1])).toBe(3)
    const region = converse({ registrationStep: 'region' }, { data: 'action=region&v=kennan', kind: 'postback' })
    expect(quickReplyCount(region.replies[0])).toBe(7)
    const municipality = converse({}, { data: 'action=municipality&v=yokote', kind: 'postback' })
    expect(municipality.updates).toEqual({ municipality: 'yokote', registrationStep: 'ageBand' })
    const age = converse({}, { data: 'action=age&v=forties', kind: 'postback' })
    expect(age.updates).toEqual({ ageBand: 'forties', registrationStep: 'interests' })
    expect(quickReplyCount(age.replies[0])).toBe(11)
    const on = converse({ interests: ['bosai'] }, { data: 'action=interest&v=iju', kind: 'postback' })
    expect(on.updates.interests).toEqual(['bosai', 'iju'])
    const off = converse({ interests: ['bosai', 'iju'] }, { data: 'action=interest&v=bosai', kind: 'postback' })
    expect(off.updates.interests).toEqual(['iju'])
    const done = converse({ ageBand: 'forties', interests: ['iju'], municipality: 'yokote' }, { data: 'action=done', kind: 'postback' })
    expect(done.completed).toBe(true)
    expect((done.replies[0] as { text: string }).text).toContain('横手市')
  })

  it('accepts a typed municipality name while asking for it; other text is an inquiry', () => {
    expect(converse({ registrationStep: 'region' }, { kind: 'text', text: 'にかほ市' }).updates).toEqual({
      municipality: 'nikaho',
      registrationStep: 'ageBand',
    })
    expect(converse({ registrationStep: null }, { kind: 'text', text: 'にかほ市' }).inquiry).toBe(true)
    expect(converse({}, { kind: 'text', text: ' 設定 ' }).updates).toEqual({ registrationStep: 'region' })
  })

  it('ignores forged postback values', () => {
    expect(converse({}, { data: 'action=municipality&v=tokyo', kind: 'postback' }).updates).toEqual({})
    expect(converse({}, { data: 'action=interest&v=__proto__', kind: 'postback' }).updates).toEqual({})
    expect(converse({}, { data: 'garbage', kind: 'postback' }).updates).toEqual({})
  })
})
