import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { bigramsOf, dice } from '../utilities/similarity'
import { postIdea, useIdeaBox } from './fixtures'

type Hit = { id: number | string; score: number; title: string }

describe('similar ideas while writing a new one', () => {
  const box = useIdeaBox()
  const similar = async (query: string, headers = box.cast.headers.otherStaff) =>
    api(box.server.baseUrl, `/ideas/similar?${query}`, { headers })

  it('compares Japanese by character pairs, folding width and case', () => {
    expect(dice(bigramsOf('ＲＰＡで給与入力'), bigramsOf('rpaで給与入力'))).toBe(1)
    expect(dice(bigramsOf('給与入力の自動化'), bigramsOf('保育所の申請'))).toBe(0)
    expect(dice(bigramsOf('給与入力の自動化'), bigramsOf('給与計算の自動化'))).toBeGreaterThan(0.4)
  })

  it('finds the same idea worded differently first, leaves unrelated ones out', async () => {
    const { departments, headers } = box.cast
    const rpa = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: 'RPAで給与入力を自動化' })
    const payroll = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: '給与計算の入力作業を自動化したい' })
    const nursery = await postIdea(box.server.baseUrl, headers.staff, departments.kodomo, { title: '保育所入所申請のオンライン化' })
    const res = await similar(`title=${encodeURIComponent('給与の入力をＲＰＡで自動化')}`)
    expect(res.status).toBe(200)
    const ids = (res.json.docs as Hit[]).map((d) => String(d.id))
    expect(ids[0]).toBe(String(rpa))
    expect(ids).toContain(String(payroll))
    expect(ids).not.toContain(String(nursery))
    const scores = (res.json.docs as Hit[]).map((d) => d.score)
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
    expect(res.json.docs[0]).toMatchObject({ state: 'open', title: 'RPAで給与入力を自動化', votesCount: 0 })
    expect(res.json.docs[0]).not.toHaveProperty('author')
  })

  it('leaves out ideas hidden by moderation, and refuses a missing title and anonymous callers', async () => {
    const { departments, headers } = box.cast
    const hidden = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: '公用車の予約をスマホで' })
    await box.server.payload.update({ collection: 'ideas', data: { moderation: 'hidden' }, id: hidden, overrideAccess: true })
    const res = await similar(`title=${encodeURIComponent('公用車の予約をスマホで')}`)
    expect((res.json.docs as Hit[]).map((d) => String(d.id))).not.toContain(String(hidden))
    const missing = await similar('body=x')
    expect([missing.status, missing.json.errors[0].field]).toEqual([400, 'title'])
    expect((await similar('title=公用車', headers.anonymous)).status).toBe(401)
  })
})
