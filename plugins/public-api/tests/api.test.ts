import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestServer } from '@akita-dx/test-support'

import { subsidyStatus } from '../index'
import { getJson } from './fixtures'
import { startScenario } from './scenario'

describe('public subsidies API over programmes and stories', () => {
  let server: TestServer
  let api: string
  let ids: Record<string, string>

  beforeAll(async () => ({ api, ids, server } = await startScenario()))
  afterAll(() => server?.close())

  const slugsOf = (body: { docs: { slug: string }[] }) => body.docs.map((d) => d.slug)

  it('lists published programmes that are not closed by default, nearest deadline first, year-round last', async () => {
    const { body, headers, status } = await getJson(`${api}/subsidies`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/application\/json/)
    expect(slugsOf(body)).toEqual(['noshiro-akiya', 'akita-sogyo', 'upcoming-loan', 'jfc-loan'])
    expect(body).toMatchObject({ limit: 20, page: 1, totalDocs: 4, totalPages: 1 })
    const card = body.docs.find((d: any) => d.slug === 'akita-sogyo')
    expect(card).toEqual({
      acceptanceEnd: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      acceptanceStart: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      area: 'prefecture',
      catchPhrase: 'ＤＸで創業をあと押し',
      id: ids.sogyo,
      kind: 'subsidy',
      maxAmount: 2_000_000,
      municipalities: [],
      provider: { level: 'prefecture', name: '秋田県' },
      purposes: ['new_business'],
      slug: 'akita-sogyo',
      status: 'open',
      title: '秋田県創業支援補助金',
      url: null,
      yearRound: false,
    })
    expect(body.docs.map((d: any) => d.status)).toEqual(['closing_soon', 'open', 'upcoming', 'open'])
  })

  it('never shows drafts, nor the draft edits of a published programme', async () => {
    await server.payload.update({
      collection: 'subsidies',
      data: { title: '編集中のタイトル' },
      draft: true,
      id: ids.sogyo,
      overrideAccess: true,
    })
    const list = await getJson(`${api}/subsidies?status=all&limit=100`)
    expect(slugsOf(list.body)).not.toContain('secret-draft')
    expect(JSON.stringify(list.body)).not.toContain('編集中のタイトル')
    expect((await getJson(`${api}/subsidies/secret-draft`)).status).toBe(404)
    const detail = await getJson(`${api}/subsidies/akita-sogyo`)
    expect(detail.body.title).toBe('秋田県創業支援補助金')
  })

  it('matches keywords after NFKC normalisation, every word required', async () => {
    const fullWidth = await getJson(`${api}/subsidies?q=${encodeURIComponent('ｄｘ　創業')}`)
    expect(slugsOf(fullWidth.body)).toEqual(['akita-sogyo'])
    const provider = await getJson(`${api}/subsidies?q=${encodeURIComponent('能代市 空き店舗')}`)
    expect(slugsOf(provider.body)).toEqual(['noshiro-akiya'])
    const keyword = await getJson(`${api}/subsidies?q=${encodeURIComponent('スタートアップ')}`)
    expect(slugsOf(keyword.body)).toEqual(['akita-sogyo'])
    const none = await getJson(`${api}/subsidies?q=${encodeURIComponent('創業 存在しない語')}`)
    expect(none.body.totalDocs).toBe(0)
    const percent = await getJson(`${api}/subsidies?q=${encodeURIComponent('%')}`)
    expect(percent.status).toBe(200)
  })

  it('filters by several comma-separated values, municipality by name or code', async () => {
    const byName = await getJson(`${api}/subsidies?municipality=${encodeURIComponent('能代市')}`)
    // Prefecture-wide and nationwide programmes apply in Noshiro too.
    expect(slugsOf(byName.body).sort()).toEqual(['akita-sogyo', 'jfc-loan', 'noshiro-akiya', 'upcoming-loan'])
    const listed = await getJson(`${api}/subsidies?municipality=${encodeURIComponent('横手市,05202')}&provider=municipality`)
    expect(slugsOf(listed.body)).toEqual(['noshiro-akiya'])
    const yokote = await getJson(`${api}/subsidies?municipality=yokote&provider=municipality`)
    expect(yokote.body.totalDocs).toBe(0)
    const kinds = await getJson(`${api}/subsidies?kind=grant,loan`)
    expect(slugsOf(kinds.body).sort()).toEqual(['jfc-loan', 'noshiro-akiya', 'upcoming-loan'])
    const purpose = await getJson(`${api}/subsidies?purpose=new_business&stage=founding`)
    expect(slugsOf(purpose.body)).toEqual(['akita-sogyo'])
    // akita-sogyo is for information and communications (G) only; the others are open to every industry.
    const industry = await getJson(`${api}/subsidies?industry=E`)
    expect(slugsOf(industry.body).sort()).toEqual(['jfc-loan', 'noshiro-akiya', 'upcoming-loan'])
    const industryG = await getJson(`${api}/subsidies?industry=G&provider=prefecture`)
    expect(slugsOf(industryG.body)).toEqual(['akita-sogyo'])
  })

  it('filters by status, amount and employees', async () => {
    const closed = await getJson(`${api}/subsidies?status=closed`)
    expect(slugsOf(closed.body)).toEqual(['closed-one'])
    const all = await getJson(`${api}/subsidies?status=all`)
    expect(all.body.totalDocs).toBe(5)
    for (const status of ['upcoming', 'open', 'closing_soon', 'closed']) {
      const res = await getJson(`${api}/subsidies?status=${status}`)
      expect(res.body.docs.every((d: any) => d.status === status)).toBe(true)
    }
    const amount = await getJson(`${api}/subsidies?amountMin=1000000&status=all`)
    expect(slugsOf(amount.body).sort()).toEqual(['akita-sogyo', 'closed-one'])
    const employees = await getJson(`${api}/subsidies?employees=50`)
    expect(slugsOf(employees.body)).not.toContain('akita-sogyo')
    expect(slugsOf(employees.body)).toContain('noshiro-akiya')
  })

  it('sorts by amount and by newest, and paginates', async () => {
    const amount = await getJson(`${api}/subsidies?sort=-amount&status=all`)
    expect(slugsOf(amount.body).slice(0, 3)).toEqual(['closed-one', 'akita-sogyo', 'noshiro-akiya'])
    const newest = await getJson(`${api}/subsidies?sort=newest`)
    expect(slugsOf(newest.body)[0]).toBe('jfc-loan')
    const page2 = await getJson(`${api}/subsidies?limit=3&page=2`)
    expect(page2.body).toMatchObject({ limit: 3, page: 2, totalDocs: 4, totalPages: 2 })
    expect(slugsOf(page2.body)).toEqual(['jfc-loan'])
  })

  it('answers bad parameters with 400 naming each one', async () => {
    const cases: [string, string][] = [
      ['foo=1', 'foo'],
      ['status=opened', 'status'],
      ['limit=abc', 'limit'],
      ['limit=101', 'limit'],
      ['page=0', 'page'],
      ['sort=amount', 'sort'],
      ['amountMin=-5', 'amountMin'],
      ['status=all,open', 'status'],
      ['where[title][equals]=x', 'where[title][equals]'],
    ]
    for (const [query, parameter] of cases) {
      const res = await getJson(`${api}/subsidies?${query}`)
      expect([query, res.status]).toEqual([query, 400])
      expect(res.body.errors.every((e: any) => typeof e.message === 'string' && e.message.length > 0)).toBe(true)
      expect(res.body.errors.map((e: any) => e.field)).toContain(parameter)
    }
    const several = await getJson(`${api}/subsidies?limit=0&kind=x`)
    expect(Object.keys(several.body)).toEqual(['errors'])
    expect(several.body.errors.map((e: any) => e.field).sort()).toEqual(['kind', 'limit'])
  })

  it('serves the full programme with rendered text and its published founder stories, no internal fields', async () => {
    const { body, status } = await getJson(`${api}/subsidies/akita-sogyo`)
    expect(status).toBe(200)
    expect(body.detail.html).toContain('<h3>概要</h3>')
    expect(body.detail.html).toContain('&lt;初期費用&gt;')
    expect(body.detail.html).toContain('<li')
    expect(body.detail.text).toContain('県内で創業する方の<初期費用>を補助します。')
    expect(body.stories.map((s: any) => s.slug)).toEqual(['cafe-founder'])
    expect(body.kindLabel).toBe('補助金')
    expect(body.source).toEqual({ attribution: null, kind: 'manual', url: null })
    const text = JSON.stringify(body)
    for (const secret of ['課内限り', '要綱改正予定', 'internalMemo', 'searchText', 'snapshot', 'sortDeadline', 'department']) {
      expect(text).not.toContain(secret)
    }
  })

  it('answers an unknown or malformed slug with 404 JSON', async () => {
    const missing = await getJson(`${api}/subsidies/no-such-programme`)
    expect(missing.status).toBe(404)
    expect(missing.body.errors).toEqual([{ field: 'slug', message: expect.stringContaining('no-such-programme') }])
    const weird = await getJson(`${api}/subsidies/${encodeURIComponent('日本語スラッグ')}`)
    expect(weird.status).toBe(404)
    const malformed = await fetch(`${api}/subsidies/%E0%A4`)
    expect(malformed.status).toBe(404)
    expect(await malformed.json()).toEqual({ errors: [{ field: 'slug', message: expect.any(String) }] })
    const params = await getJson(`${api}/subsidies/akita-sogyo?depth=2`)
    expect(params.status).toBe(400)
    expect(params.body.errors[0].field).toBe('depth')
  })

  it('derives every status from the dates, agreeing with the card', async () => {
    const all = await getJson(`${api}/subsidies?status=all&limit=100`)
    for (const card of all.body.docs) {
      const doc = await server.payload.findByID({ collection: 'subsidies', id: card.id, overrideAccess: true })
      expect(card.status).toBe(subsidyStatus(doc as any))
    }
  })

  it('lists published stories and shows one with the programmes the founder used', async () => {
    const list = await getJson(`${api}/stories`)
    expect(list.status).toBe(200)
    expect(slugsOf(list.body)).toEqual(['cafe-founder'])
    const detail = await getJson(`${api}/stories/cafe-founder`)
    expect(detail.body.founderName).toBe('佐々木 花')
    expect(detail.body.story.text).toBe('秋田市で小さな店を開きました。')
    expect(detail.body.programmes.map((p: any) => p.slug)).toEqual(['akita-sogyo'])
    expect((await getJson(`${api}/stories/draft-founder`)).status).toBe(404)
    const byTown = await getJson(`${api}/stories?municipality=${encodeURIComponent('能代市')}`)
    expect(byTown.body.totalDocs).toBe(0)
    const bad = await getJson(`${api}/stories?status=open`)
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].field).toBe('status')
  })
})
