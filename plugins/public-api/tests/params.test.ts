import { describe, expect, it } from '@jest/globals'

import { cacheKeys } from '../cache/keys'
import { RawKeyIndex } from '../cache/rawKeyIndex'
import { ResponseCache } from '../cache/responseCache'
import { notModified, prepareBody } from '../http/prepared'
import { buildParams } from '../params/definitions'
import { parseParams } from '../params/parse'
import { resolveOptions } from '../defaults'
import { testVocabulary } from './config'

const params = buildParams(resolveOptions({ vocabulary: testVocabulary }).vocabulary)
const parse = (query: string) => parseParams(new URLSearchParams(query), params.subsidyList)
const cacheKeyFor = cacheKeys(params)

describe('parseParams', () => {
  it('applies defaults and normalises lists and spellings', () => {
    const result = parse('municipality=能代市,akita,05201&kind=補助金&q=%EF%BC%A4%EF%BC%B8%E3%80%80%E5%89%B5%E6%A5%AD&limit=%EF%BC%95')
    expect(result).toEqual({
      ok: true,
      values: expect.objectContaining({
        kind: ['subsidy'],
        limit: 5,
        municipality: ['akita', 'noshiro'],
        page: 1,
        q: 'DX 創業',
        sort: undefined,
        status: ['closing_soon', 'open', 'upcoming'],
      }),
    })
  })

  it('treats empty values as absent, lifts the status filter with all, merges repeated lists', () => {
    expect(parse('q=&limit=&status=all')).toMatchObject({ ok: true, values: { limit: 20, q: undefined, status: undefined } })
    expect(parse('status=open&status=closed')).toMatchObject({ ok: true, values: { status: ['closed', 'open'] } })
  })

  it('reports every problem, each naming its parameter', () => {
    const result = parse('limit=0&page=abc&sort=cheap&purpose=x&nope=1&amountMin=1&amountMin=2&q=' + 'あ'.repeat(101))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.field).sort()).toEqual(['amountMin', 'limit', 'nope', 'page', 'purpose', 'q', 'sort'])
  })

  it('refuses control characters in free text, whatever their encoding', () => {
    for (const q of ['%00', 'a%00b', '%b7%53%00%78%31%8a%5b', '%1b%5b31m', '%7f', '%C2%85x']) {
      expect([q, parse(`q=${q}`)]).toEqual([q, { errors: [{ field: 'q', reason: 'controlCharacter' }], ok: false }])
    }
    // Tabs and line breaks are whitespace, and invalid UTF-8 decodes to U+FFFD: both are still a search.
    expect(parse('q=%E5%89%B5%09%0A%E6%A5%AD%8a')).toMatchObject({ ok: true, values: { q: '創 業\uFFFD' } })
  })

  it('accepts labels and aliases only where the parameter takes them', () => {
    expect(parse('kind=融資&provider=県&stage=創業期&industry=製造業')).toMatchObject({
      ok: true,
      values: { industry: ['E'], kind: ['loan'], provider: ['prefecture'], stage: ['founding'] },
    })
    // Purposes are codes only: their labels are whole sentences.
    expect(parse(`purpose=${encodeURIComponent('新たな事業を行いたい')}`)).toMatchObject({
      ok: false,
      errors: [{ field: 'purpose', reason: 'notAccepted' }],
    })
    expect(parse('kind=05201').ok).toBe(false)
  })
})

describe('cacheKeyFor', () => {
  const now = new Date('2026-06-10T01:00:00Z')
  it('gives equal queries one key, whatever the order or spelling', () => {
    const a = cacheKeyFor('/subsidies', new URLSearchParams('q=創業&municipality=秋田市,能代市'), now)
    const b = cacheKeyFor('/subsidies', new URLSearchParams('municipality=noshiro,akita&q=%E5%89%B5%E6%A5%AD&page=1'), now)
    expect(a).not.toBeNull()
    expect(a).toBe(b)
  })

  it('changes at midnight in Japan, and has no key for invalid requests', () => {
    const before = cacheKeyFor('/subsidies', new URLSearchParams(), new Date('2026-06-10T14:59:59Z'))
    const after = cacheKeyFor('/subsidies', new URLSearchParams(), new Date('2026-06-10T15:00:00Z'))
    expect(before).not.toBe(after)
    expect(cacheKeyFor('/subsidies', new URLSearchParams('limit=500'), now)).toBeNull()
    expect(cacheKeyFor('/subsidies/UPPER', new URLSearchParams(), now)).toBeNull()
    expect(cacheKeyFor('/subsidies/ok-slug', new URLSearchParams('x=1'), now)).toBeNull()
    expect(cacheKeyFor('/openapi.json', new URLSearchParams(), now)).toBeNull()
  })
})

describe('ResponseCache', () => {
  it('expires entries, evicts the least recently used, and refuses answers computed before a clear', () => {
    let time = 0
    const cache = new ResponseCache<string>(2, 100, () => time)
    cache.set('a', 'A')
    cache.set('b', 'B')
    expect(cache.get('a')).toBe('A')
    cache.set('c', 'C')
    expect(cache.get('b')).toBeUndefined()
    time = 150
    expect(cache.get('a')).toBeUndefined()
    const generation = cache.currentGeneration()
    cache.clear()
    cache.set('late', 'stale', generation)
    expect(cache.get('late')).toBeUndefined()
  })

  it('does nothing with a zero TTL', () => {
    const cache = new ResponseCache<string>(10, 0)
    cache.set('a', 'A')
    expect(cache.get('a')).toBeUndefined()
  })
})

describe('ETag', () => {
  it('matches If-None-Match lists, weak tags and *', () => {
    const { etag } = prepareBody({ a: 1 })
    expect(notModified(etag, etag)).toBe(true)
    expect(notModified(`"x", W/${etag}`, etag)).toBe(true)
    expect(notModified('*', etag)).toBe(true)
    expect(notModified('"other"', etag)).toBe(false)
    expect(notModified(null, etag)).toBe(false)
  })
})

describe('RawKeyIndex', () => {
  const at = (iso: string) => new Date(iso).getTime()

  it('remembers the key of a raw URL within the Japan day and forgets every key at midnight JST', () => {
    let now = at('2026-06-10T14:00:00Z')
    const index = new RawKeyIndex(10, () => now)
    expect(index.get('/a?q=1')).toBeUndefined()
    index.set('/a?q=1', 'key-a', now)
    expect(index.get('/a?q=1')).toBe('key-a')
    now = at('2026-06-10T15:00:00Z') // 00:00 on 11 June in Japan
    expect(index.get('/a?q=1')).toBeUndefined()
    expect(index.size).toBe(0)
  })

  it('does not store a key computed on the day before', () => {
    let now = at('2026-06-10T14:59:59Z')
    const index = new RawKeyIndex(10, () => now)
    index.get('/a')
    now = at('2026-06-10T15:00:01Z')
    index.set('/a', 'yesterday', at('2026-06-10T14:59:59Z'))
    expect(index.get('/a')).toBeUndefined()
  })

  it('stays within its bound', () => {
    const index = new RawKeyIndex(3)
    index.get('/x')
    for (let i = 0; i < 10; i++) index.set(`/x?${i}`, `k${i}`, Date.now())
    expect(index.size).toBeLessThanOrEqual(3)
    expect(index.get('/x?9')).toBe('k9')
  })
})
