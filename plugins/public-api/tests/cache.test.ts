import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestServer } from '@akita-dx/test-support'

import { getJson } from './fixtures'
import { startScenario } from './scenario'

describe('answers of the public API: headers, ETags and the cache', () => {
  let server: TestServer
  let api: string
  let ids: Record<string, string>

  beforeAll(async () => ({ api, ids, server } = await startScenario()))
  afterAll(() => server?.close())

  it('sends Cache-Control, ETag (304 on If-None-Match) and CORS *', async () => {
    const first = await fetch(`${api}/subsidies?q=${encodeURIComponent('創業')}`, { headers: { origin: 'https://app.example' } })
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+/)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^".+"$/)
    const again = await fetch(`${api}/subsidies?q=${encodeURIComponent('創業')}`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // Same query in another spelling: same normalised key, same entity.
    const reordered = await fetch(`${api}/subsidies?status=closing_soon,upcoming,open&q=${encodeURIComponent('創業')}`)
    expect(reordered.headers.get('etag')).toBe(etag)
    const preflight = await fetch(`${api}/subsidies`, {
      headers: { 'access-control-request-method': 'GET', origin: 'https://app.example' },
      method: 'OPTIONS',
    })
    expect(preflight.status).toBe(204)
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*')
    const error = await fetch(`${api}/subsidies?nope=1`)
    expect(error.headers.get('access-control-allow-origin')).toBe('*')
  })

  it('answers HEAD wherever it answers GET: the same status and headers, no body', async () => {
    const paths = [
      '/subsidies?limit=2',
      '/subsidies/akita-sogyo',
      '/stories',
      '/stories/cafe-founder',
      '/openapi.json',
      '/subsidies/feed.xml',
      '/subsidies/deadlines.ics',
    ]
    for (const path of [...paths, ...paths]) {
      // The second round is answered from the cache route where the path has a cache key.
      const get = await fetch(`${api}${path}`)
      const head = await fetch(`${api}${path}`, { method: 'HEAD' })
      expect([path, head.status]).toEqual([path, get.status])
      for (const name of ['content-type', 'etag', 'cache-control', 'access-control-allow-origin']) {
        expect([path, name, head.headers.get(name)]).toEqual([path, name, get.headers.get(name)])
      }
      expect(await head.text()).toBe('')
    }
    const missing = await fetch(`${api}/subsidies/no-such-programme`, { method: 'HEAD' })
    expect(missing.status).toBe(404)
  })

  it('answers a cached query from the cache route exactly as Payload answered it', async () => {
    const url = `${api}/subsidies?q=${encodeURIComponent('補助金')}&sort=newest`
    // The headers the API sets (framing differs: Payload streams its answer chunked, a hit has its length).
    const names = [
      'access-control-allow-origin',
      'access-control-expose-headers',
      'cache-control',
      'content-type',
      'etag',
      'x-content-type-options',
    ]
    const headersOf = (res: Response) => Object.fromEntries(names.map((name) => [name, res.headers.get(name)]))
    // First a miss (Payload's endpoint fills the cache), then the same URL twice: the first hit
    // normalises the query, the second finds the key by the raw URL.
    const miss = await fetch(url)
    expect(miss.status).toBe(200)
    const missBody = Buffer.from(await miss.arrayBuffer())
    for (let i = 0; i < 2; i++) {
      const hit = await fetch(url)
      const hitBody = Buffer.from(await hit.arrayBuffer())
      expect(hit.status).toBe(200)
      expect(hitBody.equals(missBody)).toBe(true)
      expect(headersOf(hit)).toEqual(headersOf(miss))
      expect(hit.headers.get('content-length')).toBe(String(hitBody.length))
      const notModified = await fetch(url, { headers: { 'if-none-match': `W/${hit.headers.get('etag')}` } })
      expect(notModified.status).toBe(304)
      expect(notModified.headers.get('content-type')).toBeNull()
      expect(notModified.headers.get('etag')).toBe(hit.headers.get('etag'))
    }
    // Other methods on the same URL are not answered from the cache.
    const head = await fetch(url, { method: 'HEAD' })
    expect(head.status).not.toBe(500)
  })

  it('drops cached responses when a programme changes', async () => {
    const before = await getJson(`${api}/subsidies?q=${encodeURIComponent('能代市')}`)
    expect(before.body.docs[0].title).toBe('能代市空き店舗活用創業助成金')
    await server.payload.update({
      collection: 'subsidies',
      data: { title: '能代市空き店舗活用創業助成金（拡充）' },
      id: ids.noshiro,
      overrideAccess: true,
    })
    const after = await getJson(`${api}/subsidies?q=${encodeURIComponent('能代市')}`)
    expect(after.body.docs[0].title).toBe('能代市空き店舗活用創業助成金（拡充）')
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'))
  })
})
