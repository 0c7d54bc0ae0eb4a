import { describe, expect, it } from '@jest/globals'
import { TEST_RESIDENTS } from '@akita-dx/test-support/line'

import { resolveOptions } from '../defaults'
import { myDataText } from '../residents/ownData'

const { residents, retention } = resolveOptions({ residents: TEST_RESIDENTS })
const none = { latest: [], total: 0 }

describe('「マイデータ」 reply', () => {
  it('lists every stored attribute by its Japanese label, and the consent with its date in JST and its version', () => {
    const text = myDataText(
      residents,
      retention,
      {
        ageBand: 'thirties',
        // 2026-03-31 20:00 UTC is 04/01 in Japan.
        consentAt: '2026-03-31T20:00:00.000Z',
        consentVersion: '2',
        followedAt: '2026-03-31T19:58:00.000Z',
        interests: ['kosodate', 'bosai'],
        municipality: 'yokote',
      },
      none,
    )
    expect(text).toContain('お住まい: 横手市')
    expect(text).toContain('年代: 30代')
    expect(text).toMatch(/関心: (子育て・防災|防災・子育て)/)
    expect(text).toContain('個人情報の取扱いへの同意: 2026/04/01（第2版）')
    expect(text).toContain('友だち追加: 2026/04/01')
    expect(text).toContain('お問い合わせ（この1年）: 0件')
    expect(text).toContain('お問い合わせは365日後に自動で消去、配信の宛先の記録は90日後に自動で消去します。')
  })

  it('says 未登録 for what was not declared, and quotes the latest five inquiries shortened, with the rest counted', () => {
    const latest = Array.from({ length: 5 }, (_, i) => ({
      receivedAt: `2026-11-0${i + 1}T03:00:00.000Z`,
      status: i === 0 ? 'answered' : 'new',
      text: i === 0 ? '保育園の入園申込はいつから受け付けていますか？　兄弟が同じ園を希望する場合の扱いも教えてください。' : `質問${i}`,
    }))
    const text = myDataText(residents, retention, { interests: [] }, { latest, total: 7 })
    expect(text).toContain('お住まい: 未登録')
    expect(text).toContain('関心: 未登録')
    expect(text).toContain('個人情報の取扱いへの同意: なし')
    expect(text).toContain('・2026/11/01 保育園の入園申込はいつから受け付けていますか？ 兄弟が同じ園…（回答済み）')
    expect(text).toContain('・2026/11/05 質問4（受付済み）')
    expect(text).toContain('ほか2件')
    expect(text.length).toBeLessThanOrEqual(5000)
  })

  it('says a period kept for ever as such', () => {
    const forever = resolveOptions({ residents: TEST_RESIDENTS, retention: { inquiryDays: false } }).retention
    expect(myDataText(residents, forever, undefined, none)).toContain('お問い合わせは消去するまで保存')
    expect(() => resolveOptions({ residents: TEST_RESIDENTS, retention: { inquiryDays: 0 } })).toThrow(/inquiryDays/)
  })
})
