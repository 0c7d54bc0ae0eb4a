import type { TestServer } from '@akita-dx/test-support'
import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { seededRandom } from '@akita-dx/test-support'

import { normaliseForSearch, publicReader, rebuildSearchIndex, subsidySearchQuery } from '../index'
import { RELEVANCE } from '../search/order'
import { startPublicApi } from './config'
import { createProgramme, daysFromNow, getJson } from './fixtures'

const INDEX = 'public-search-index'
const random = seededRandom(20261203)
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]
const maybe = <T>(value: T, p = 0.3): T | undefined => (random() < p ? value : undefined)

/** Words of every length the index treats differently: one character, two, and longer, in full and half width. */
const WORDS = ['県', '創', '創業', 'IT', 'ＩＴ', 'dx', '空き店舗', 'デジタル化', '支援', '補助金', '秋田', '能代 創業', 'DX 補助', 'ない語']
const THEMES = ['創業', 'デジタル化', 'IT導入', '空き店舗', 'DX推進', '販路開拓']

const generatedProgramme = (i: number) => {
  const theme = pick(THEMES)
  const local = random() < 0.3
  const yearRound = random() < 0.1
  const start = Math.floor(-60 + random() * 80)
  return {
    acceptanceEnd: yearRound ? null : daysFromNow(start + Math.floor(5 + random() * 90)),
    acceptanceStart: yearRound ? null : daysFromNow(start),
    areaScope: local ? 'municipalities' : pick(['prefecture', 'nationwide']),
    // Themes land in the title, the catch phrase or only the summary, so the ranking has each case to order.
    catchPhrase: random() < 0.5 ? `${theme}を応援します` : '事業者を応援します',
    employeeLimit: maybe(pick([5, 20, 50]), 0.5) ?? null,
    industries: random() < 0.5 ? [] : [pick(['E', 'G', 'M'])],
    keywords: random() < 0.3 ? [pick(THEMES)] : [],
    kind: pick(['subsidy', 'grant', 'loan']),
    maxAmount: maybe(Math.round(random() * 5_000_000), 0.8) ?? null,
    municipalities: local ? [pick(['akita', 'noshiro', 'yokote'])] : [],
    providerLevel: pick(['national', 'prefecture', 'municipality', 'financial']),
    providerName: pick(['秋田県', '能代市', '日本政策金融公庫']),
    purposes: [pick(['new_business', 'equipment_it'])],
    slug: `gen-${i}`,
    stages: [pick(['founding', 'growth'])],
    summary: `${random() < 0.5 ? theme : '経営'}に取り組む県内の中小企業者の経費を支援します。`,
    title: `${random() < 0.4 ? theme : '事業'}${pick(['支援補助金', '推進助成金', '資金'])}（${i}）`,
    yearRound,
  }
}

const generatedQuery = (): URLSearchParams => {
  const entries: [string, string | undefined][] = [
    ['q', maybe(pick(WORDS), 0.7)],
    ['kind', maybe(pick(['subsidy', 'loan', 'subsidy,grant']))],
    ['provider', maybe(pick(['prefecture', 'national,municipality']), 0.2)],
    ['purpose', maybe(pick(['new_business', 'equipment_it']), 0.2)],
    ['stage', maybe(pick(['founding', 'growth']), 0.2)],
    ['industry', maybe(pick(['E', 'G']), 0.2)],
    ['municipality', maybe(pick(['akita', 'noshiro,yokote']), 0.3)],
    ['status', maybe(pick(['all', 'open', 'closing_soon,upcoming', 'closed']), 0.4)],
    ['amountMin', maybe(pick(['1000000', '3000000']), 0.2)],
    ['employees', maybe(pick(['3', '30']), 0.2)],
    ['sort', maybe(pick(['deadline', '-amount', 'newest']), 0.5)],
    ['limit', pick(['5', '20'])],
    ['page', pick(['1', '1', '2'])],
  ]
  return new URLSearchParams(entries.filter((entry): entry is [string, string] => entry[1] !== undefined))
}

/** The old read path: the same query through Payload's generic find. */
const findByPayload = async (payload: Payload, search: URLSearchParams, paginate = true) => {
  const query = subsidySearchQuery(payload, search)
  if (!query.ok) throw new Error('generated query was refused')
  return payload.find({
    collection: 'subsidies',
    depth: 0,
    draft: false,
    limit: paginate ? query.limit : 0,
    overrideAccess: true,
    page: query.page,
    pagination: paginate,
    sort: query.sort,
    where: query.where,
  })
}

const scoreOf = (doc: Record<string, any>, words: string[]) =>
  words.reduce((sum, word) => {
    if (normaliseForSearch(doc.title ?? '').includes(word)) return sum + RELEVANCE.title
    if (normaliseForSearch(doc.catchPhrase ?? '').includes(word)) return sum + RELEVANCE.catchPhrase
    return sum + RELEVANCE.elsewhere
  }, 0)

describe('the search index behind GET /subsidies', () => {
  let server: TestServer
  let api: string

  beforeAll(async () => {
    server = await startPublicApi({ cacheTtlMs: 0 })
    api = `${server.baseUrl}/api/public`
    for (let i = 0; i < 160; i++) await createProgramme(server.payload, generatedProgramme(i))
    await createProgramme(server.payload, { ...generatedProgramme(999), slug: 'gen-draft', title: '創業の下書き' }, { draft: true })
  }, 180_000)
  afterAll(() => server?.close())

  const slugs = (docs: unknown[]) => (docs as { slug: string }[]).map((doc) => doc.slug)

  it('answers every generated query as Payload’s find does: the same programmes, the same total, the same order', async () => {
    let compared = 0
    let withHits = 0
    for (let n = 0; n < 120; n++) {
      const search = generatedQuery()
      const words = normaliseForSearch(search.get('q') ?? '')
        .split(' ')
        .filter(Boolean)
      const { body, status } = await getJson(`${api}/subsidies?${search}`)
      expect(status).toBe(200)
      if (words.length && !search.has('sort')) {
        // Ranked: the same programmes as the find, in the find's (deadline) order stably sorted by relevance.
        const all = new URLSearchParams(search)
        all.delete('page')
        all.delete('limit')
        const found = (await findByPayload(server.payload, all, false)).docs as Record<string, any>[]
        const ranked = [...found].sort((a, b) => scoreOf(b, words) - scoreOf(a, words))
        const limit = Number(search.get('limit'))
        const page = Number(search.get('page'))
        expect({ search: `${search}`, slugs: slugs(body.docs) }).toEqual({
          search: `${search}`,
          slugs: slugs(ranked.slice((page - 1) * limit, page * limit)),
        })
        expect(body.totalDocs).toBe(found.length)
      } else {
        const found = await findByPayload(server.payload, search)
        // Past the last page Payload's find says 0 in all; the index still gives the total.
        const pastTheEnd = !found.docs.length && search.get('page') !== '1'
        const total = pastTheEnd
          ? (await findByPayload(server.payload, new URLSearchParams({ ...Object.fromEntries(search), page: '1' }))).totalDocs
          : found.totalDocs
        expect({ search: `${search}`, slugs: slugs(body.docs), total: body.totalDocs }).toEqual({
          search: `${search}`,
          slugs: slugs(found.docs),
          total,
        })
      }
      compared += 1
      if (body.docs.length) withHits += 1
    }
    expect(compared).toBe(120)
    // The comparison means something only when many queries find programmes.
    expect(withHits).toBeGreaterThan(50)
  })

  it('gives every hit of a keyword search a highlight whose matches are the words', async () => {
    for (const q of ['創業', 'IT 支援', 'ＤＸ', '県']) {
      const { body } = await getJson(`${api}/subsidies?q=${encodeURIComponent(q)}&limit=100&status=all`)
      expect(body.docs.length).toBeGreaterThan(0)
      const words = normaliseForSearch(q).split(' ')
      for (const hit of body.docs) {
        expect(hit.highlight).toEqual({ field: expect.any(String), matches: expect.any(Array), text: expect.any(String) })
        expect(hit.highlight.matches.length).toBeGreaterThan(0)
        for (const { end, start } of hit.highlight.matches) {
          expect(words).toContain(normaliseForSearch(hit.highlight.text.slice(start, end)))
        }
      }
    }
    const { body } = await getJson(`${api}/subsidies?limit=5`)
    expect(body.docs.every((card: object) => !('highlight' in card))).toBe(true)
  })

  it('ranks a title match above a catch-phrase match above one elsewhere', async () => {
    const made = [
      { catchPhrase: 'ほか', slug: 'rank-body', summary: '雪国ワーケーションの支援', title: '宿泊助成' },
      { catchPhrase: '雪国ワーケーションを応援', slug: 'rank-catch', title: '宿泊支援' },
      { catchPhrase: 'ほか', slug: 'rank-title', title: '雪国ワーケーション補助金' },
    ]
    for (const data of made) await createProgramme(server.payload, { acceptanceEnd: daysFromNow(5), ...data })
    const { body } = await getJson(`${api}/subsidies?q=${encodeURIComponent('雪国ワーケーション')}`)
    expect(slugs(body.docs)).toEqual(['rank-title', 'rank-catch', 'rank-body'])
    expect(body.docs.map((hit: any) => hit.highlight.field)).toEqual(['title', 'catchPhrase', 'summary'])
    const byDeadline = await getJson(`${api}/subsidies?q=${encodeURIComponent('雪国ワーケーション')}&sort=deadline`)
    expect(byDeadline.body.totalDocs).toBe(3)
  })

  it('counts facets on the index as the find counts them', async () => {
    const reader = publicReader(server.payload)!
    for (const query of [{ q: '創業' }, { municipality: 'noshiro', status: 'all' }, { kind: 'loan', q: 'IT' }] as Record<
      string,
      string
    >[]) {
      const facets = await reader.subsidyFacets(query)
      if (!facets.ok) throw new Error('facets refused')
      for (const { count, value } of facets.value.kind) {
        const found = await findByPayload(server.payload, new URLSearchParams({ ...query, kind: value }))
        expect({ count, query, value }).toEqual({ count: found.totalDocs, query, value })
      }
    }
  })

  it('follows publishing, drafts over a published programme, unpublishing and deleting', async () => {
    const find = async (q: string) => slugs((await getJson(`${api}/subsidies?q=${encodeURIComponent(q)}&status=all`)).body.docs)
    const doc = await createProgramme(server.payload, { slug: 'kept-in-step', title: '男鹿なまはげ観光補助金' })
    expect(await find('なまはげ')).toEqual(['kept-in-step'])

    await server.payload.update({ collection: 'subsidies', data: { title: '男鹿ジオパーク観光補助金' }, draft: true, id: doc.id })
    expect(await find('なまはげ')).toEqual(['kept-in-step'])
    expect(await find('ジオパーク')).toEqual([])

    await server.payload.update({ collection: 'subsidies', data: { _status: 'published' }, id: doc.id })
    expect(await find('ジオパーク')).toEqual(['kept-in-step'])
    expect(await find('なまはげ')).toEqual([])

    await server.payload.update({ collection: 'subsidies', data: { _status: 'draft' }, id: doc.id })
    expect(await find('ジオパーク')).toEqual([])

    await server.payload.update({ collection: 'subsidies', data: { _status: 'published' }, id: doc.id })
    await server.payload.delete({ collection: 'subsidies', id: doc.id })
    expect(await find('ジオパーク')).toEqual([])

    const published = await server.payload.count({ collection: 'subsidies', where: { _status: { equals: 'published' } } })
    expect((await server.payload.count({ collection: INDEX })).totalDocs).toBe(published.totalDocs)
  })

  it('reads the index, not the collection, and a rebuild restores it', async () => {
    const before = (await getJson(`${api}/subsidies?status=all&limit=100`)).body
    expect(before.totalDocs).toBeGreaterThan(100)
    await server.payload.db.deleteMany({ collection: INDEX, where: {} })
    expect((await getJson(`${api}/subsidies?status=all`)).body.totalDocs).toBe(0)

    expect(await rebuildSearchIndex(server.payload)).toEqual({ indexed: before.totalDocs })
    const after = (await getJson(`${api}/subsidies?status=all&limit=100`)).body
    expect(after).toEqual(before)
    const short = (await getJson(`${api}/subsidies?q=${encodeURIComponent('創')}&status=all`)).body
    expect(short.totalDocs).toBeGreaterThan(0)
  })
})
