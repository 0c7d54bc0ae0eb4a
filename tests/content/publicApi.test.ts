import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import { jgrantsOptionsOf, runJgrantsImport } from '@akita-dx/plugin-jgrants-import'
import type { TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { createStory, createSubsidy, daysFromNow, getJson } from './fixtures'

/** One programme as jGrants' public API answers it: just enough for the app's import into the app's collection. */
const startJgrantsStandIn = async () => {
  const item = {
    acceptance_end_datetime: '2099-03-31T08:00:00.000Z',
    detail: '<p>販路開拓の経費を補助します。</p>',
    id: 'a0W5h00000AppT1AAA',
    institution_name: '秋田県',
    subsidy_max_limit: 1_000_000,
    target_area_detail: '能代市',
    target_area_search: '秋田県',
    title: 'アプリ試験用補助金',
    use_purpose: '販路拡大・海外展開をしたい',
  }
  const server = http.createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ metadata: { resultset: { count: 1 } }, result: [req.url?.includes('/id/') ? item : { id: item.id }] }))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
    id: item.id,
  }
}

/** The public API plugin on the app's own collections, with Akita's vocabulary. */
describe('public API of the app', () => {
  let server: TestServer
  let api: string
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    server = await startAppServer()
    api = `${server.baseUrl}/api/public`
    const p = server.payload
    const sogyo = await createSubsidy(p, {
      catchPhrase: 'ＤＸで創業をあと押し',
      employeeLimit: 20,
      industries: ['G'],
      internalMemo: '課内限り：予算残額わずか',
      keywords: ['スタートアップ'],
      maxAmount: 2_000_000,
      provenance: { note: '内部メモ: 要綱改正予定', source: 'manual' },
      purposes: ['new_business'],
      slug: 'akita-sogyo',
      stages: ['founding'],
      title: '秋田県創業支援補助金',
    })
    ids.sogyo = String(sogyo.id)
    const noshiro = {
      acceptanceEnd: daysFromNow(5),
      areaScope: 'municipalities',
      kind: 'grant',
      municipalities: ['noshiro'],
      providerLevel: 'municipality',
      providerName: '能代市',
      slug: 'noshiro-akiya',
      title: '能代市空き店舗活用創業助成金',
    }
    await createSubsidy(p, noshiro)
    await createSubsidy(p, {
      acceptanceEnd: daysFromNow(-3),
      acceptanceStart: daysFromNow(-60),
      slug: 'closed-one',
      title: '終了した創業補助金',
    })
    await createSubsidy(p, {
      acceptanceEnd: null,
      acceptanceStart: null,
      areaScope: 'nationwide',
      kind: 'loan',
      providerLevel: 'national',
      providerName: '日本政策金融公庫',
      slug: 'jfc-loan',
      title: '新規開業資金',
      yearRound: true,
    })
    await createStory(p, {
      founderName: '佐々木 花',
      industry: 'M',
      municipality: 'noshiro',
      programmes: [sogyo.id],
      slug: 'cafe-founder',
    })
  })
  afterAll(() => server?.close())

  const slugsOf = (body: { docs: { slug: string }[] }) => body.docs.map((d) => d.slug)

  it('lists the collection’s published programmes as cards', async () => {
    const { body, status } = await getJson(`${api}/subsidies`)
    expect(status).toBe(200)
    expect(slugsOf(body)).toEqual(['noshiro-akiya', 'akita-sogyo', 'jfc-loan'])
    // The app's field names are the plugin's defaults: every card field is read from the collection.
    const card = body.docs.find((d: any) => d.slug === 'akita-sogyo')
    expect(Object.values(card).filter((value) => value === null || value === undefined)).toEqual([null])
    expect(card).toMatchObject({ area: 'prefecture', id: ids.sogyo, maxAmount: 2_000_000, purposes: ['new_business'], url: null })
    expect(card.provider).toEqual({ level: 'prefecture', name: '秋田県' })
  })

  it('searches the text the collection keeps (title, catch phrase, keywords, provider), normalised like the keywords', async () => {
    expect(slugsOf((await getJson(`${api}/subsidies?q=${encodeURIComponent('ｄｘ　創業')}`)).body)).toEqual(['akita-sogyo'])
    expect(slugsOf((await getJson(`${api}/subsidies?q=${encodeURIComponent('スタートアップ')}`)).body)).toEqual(['akita-sogyo'])
    expect(slugsOf((await getJson(`${api}/subsidies?q=${encodeURIComponent('能代市 空き店舗')}`)).body)).toEqual(['noshiro-akiya'])
  })

  it('takes Akita’s vocabulary: municipalities by code, name or local government code, labels of kinds and levels', async () => {
    const byName = await getJson(`${api}/subsidies?municipality=${encodeURIComponent('能代市')}&provider=municipality`)
    expect(slugsOf(byName.body)).toEqual(['noshiro-akiya'])
    expect(slugsOf((await getJson(`${api}/subsidies?municipality=05202&provider=${encodeURIComponent('市町村')}`)).body)).toEqual([
      'noshiro-akiya',
    ])
    expect((await getJson(`${api}/subsidies?municipality=yokote&provider=municipality`)).body.totalDocs).toBe(0)
    expect(slugsOf((await getJson(`${api}/subsidies?kind=${encodeURIComponent('融資')}`)).body)).toEqual(['jfc-loan'])
    expect(slugsOf((await getJson(`${api}/subsidies?industry=G&provider=prefecture`)).body)).toEqual(['akita-sogyo'])
    const bad = await getJson(`${api}/subsidies?municipality=${encodeURIComponent('札幌市')}`)
    expect(bad.status).toBe(400)
    expect(bad.body).toEqual({ errors: [{ field: 'municipality', message: expect.any(String) }] })
  })

  it('shows a programme with Akita’s labels and none of the collection’s internal fields', async () => {
    const { body } = await getJson(`${api}/subsidies/noshiro-akiya`)
    expect(body).toMatchObject({
      kindLabel: '助成金',
      municipalityNames: ['能代市'],
      provider: { levelLabel: '市町村' },
      statusLabel: '締切間近',
    })
    const sogyo = await getJson(`${api}/subsidies/akita-sogyo`)
    expect(sogyo.body.detail.html).toContain('<h3>概要</h3>')
    expect(sogyo.body.stories.map((s: any) => s.slug)).toEqual(['cafe-founder'])
    const text = JSON.stringify(sogyo.body)
    for (const secret of ['課内限り', '要綱改正予定', 'internalMemo', 'searchText', 'snapshot', 'sortDeadline', 'department']) {
      expect(text).not.toContain(secret)
    }
  })

  it('shows the same status as the collection’s status field', async () => {
    const all = await getJson(`${api}/subsidies?status=all&limit=100`)
    expect(all.body.totalDocs).toBe(4)
    for (const card of all.body.docs) {
      const doc = await server.payload.findByID({ collection: 'subsidies', id: card.id, overrideAccess: true })
      expect([card.slug, card.status]).toEqual([card.slug, (doc as { status?: string }).status])
    }
  })

  it('shows founder stories with Akita’s labels', async () => {
    const { body } = await getJson(`${api}/stories/cafe-founder`)
    expect(body).toMatchObject({ industryLabel: '宿泊業，飲食サービス業', municipalityName: '能代市' })
    expect(body.programmes.map((p: any) => p.slug)).toEqual(['akita-sogyo'])
  })

  it('shows a published jGrants import with its attribution, mapped into Akita’s vocabulary', async () => {
    const jgrants = await startJgrantsStandIn()
    try {
      const result = await runJgrantsImport(server.payload, { ...jgrantsOptionsOf(server.payload), baseUrl: jgrants.baseUrl }, () => {})
      expect(result.created).toBe(1)
    } finally {
      await jgrants.close()
    }
    const found = await server.payload.find({
      collection: 'subsidies',
      draft: true,
      overrideAccess: true,
      where: { 'provenance.externalId': { equals: jgrants.id } },
    })
    const imported = found.docs[0] as Record<string, any>
    expect(imported).toMatchObject({
      _status: 'draft',
      areaScope: 'municipalities',
      municipalities: ['noshiro'],
      purposes: ['sales_expansion'],
    })
    expect((await getJson(`${api}/subsidies/${imported.slug}`)).status).toBe(404)
    await server.payload.update({
      collection: 'subsidies',
      data: { _status: 'published' },
      id: imported.id,
      overrideAccess: true,
    })
    const { body, status } = await getJson(`${api}/subsidies/${imported.slug}`)
    expect(status).toBe(200)
    expect(body.source).toMatchObject({ attribution: expect.stringContaining('出典：Jグランツ'), kind: 'jgrants' })
    expect(JSON.stringify(body)).not.toContain('snapshot')
  })
})
