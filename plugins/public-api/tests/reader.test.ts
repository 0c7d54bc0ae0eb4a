import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestServer } from '@akita-dx/test-support'

import { type PublicReader, publicReader } from '../index'
import { getJson } from './fixtures'
import { startScenario } from './scenario'

/**
 * The reader the portal's pages use: the same bodies as the API for the same query, the same
 * refusals, published documents only, and facet counts that each equal the count the API gives
 * for that choice.
 */
describe('the public API reader', () => {
  let server: TestServer
  let api: string
  let reader: PublicReader

  beforeAll(async () => {
    ;({ api, server } = await startScenario())
    reader = publicReader(server.payload)!
  })
  afterAll(() => server?.close())

  it('answers a list and a detail with the body the API sends for the same query', async () => {
    for (const query of ['status=all&sort=-amount', 'municipality=能代市', 'q=創業&limit=2&page=2', 'kind=loan&status=all']) {
      const read = await reader.subsidies(new URLSearchParams(query))
      expect(read).toEqual({ ok: true, value: (await getJson(`${api}/subsidies?${query}`)).body })
    }
    const story = await reader.story('cafe-founder')
    expect(story).toEqual({ ok: true, value: (await getJson(`${api}/stories/cafe-founder`)).body })
    expect(story.ok && story.value.programmes.map((p) => p.slug)).toEqual(['akita-sogyo'])
  })

  it('refuses what the API refuses, with the same errors, and finds no draft', async () => {
    const bad = await reader.subsidies({ employees: 'abc', limit: '500' })
    expect(bad).toEqual({ ...(await getJson(`${api}/subsidies?employees=abc&limit=500`)).body, ok: false, status: 400 })
    expect(await reader.subsidy('secret-draft')).toMatchObject({ errors: [{ field: 'slug' }], ok: false, status: 404 })
    expect(await reader.story('draft-founder')).toMatchObject({ ok: false, status: 404 })
    const all = await reader.subsidies({ limit: '100', status: 'all' })
    expect(all.ok && all.value.docs.map((d) => d.slug)).not.toContain('secret-draft')
  })

  it('counts each facet value as the API would find it, with the other filters kept and its own lifted', async () => {
    const query = { kind: 'subsidy', municipality: 'noshiro', status: 'all' }
    const facets = await reader.subsidyFacets(query)
    if (!facets.ok) throw new Error(JSON.stringify(facets.errors))
    const totalOf = async (params: Record<string, string>) =>
      (await getJson(`${api}/subsidies?${new URLSearchParams(params)}`)).body.totalDocs
    for (const { count, value } of facets.value.kind) expect(count).toBe(await totalOf({ ...query, kind: value }))
    for (const { count, value } of facets.value.status) expect(count).toBe(await totalOf({ ...query, status: value }))
    expect(facets.value.kind.find((k) => k.value === 'loan')).toMatchObject({ count: 2, label: '融資' })
    expect(facets.value.status.find((s) => s.value === 'closed')?.count).toBe(1)
    expect(facets.value.purpose.find((p) => p.value === 'new_business')?.count).toBeGreaterThan(0)
  })

  it('reads a change at once: the change hooks clear the cache the reader shares with the API', async () => {
    const before = await reader.subsidy('akita-sogyo')
    expect(before.ok && before.value.title).toBe('秋田県創業支援補助金')
    const found = await server.payload.find({ collection: 'subsidies', where: { slug: { equals: 'akita-sogyo' } } })
    await server.payload.update({ collection: 'subsidies', data: { title: '秋田県創業支援補助金（拡充）' }, id: found.docs[0].id })
    const after = await reader.subsidy('akita-sogyo')
    expect(after.ok && after.value.title).toBe('秋田県創業支援補助金（拡充）')
  })
})
