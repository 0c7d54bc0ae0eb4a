import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { TestServer } from '@akita-dx/test-support'

import { normaliseForSearch } from '../index'
import { startPublicApi } from './config'
import { daysFromNow, getJson } from './fixtures'

const deriveColumns: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const doc = { ...originalDoc, ...data }
  data.words = normaliseForSearch(`${doc.name ?? ''} ${doc.blurb ?? ''}`)
  data.deadlineKey = doc.closes ?? '9999-12-31T00:00:00.000Z'
  return data
}

/** A programmes collection of this app's own, with names of its own: the API knows it only by the options. */
const Grants: CollectionConfig = {
  slug: 'grants',
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'path', type: 'text', unique: true },
    { name: 'blurb', type: 'text' },
    { name: 'type', type: 'select', options: ['subsidy', 'loan'] },
    { name: 'opens', type: 'date' },
    { name: 'closes', type: 'date' },
    { name: 'allYear', type: 'checkbox', defaultValue: false },
    { name: 'words', type: 'text' },
    { name: 'deadlineKey', type: 'date' },
  ],
  hooks: { beforeChange: [deriveColumns] },
  versions: { drafts: true },
}

describe('public API on its own, over a collection of the app’s own', () => {
  let server: TestServer
  let api: string

  beforeAll(async () => {
    server = await startPublicApi(
      {
        stories: false,
        subsidies: {
          fields: {
            acceptanceEnd: 'closes',
            acceptanceStart: 'opens',
            kind: 'type',
            searchText: 'words',
            slug: 'path',
            sortDeadline: 'deadlineKey',
            summary: 'blurb',
            title: 'name',
            yearRound: 'allYear',
          },
          slug: 'grants',
        },
        vocabulary: {
          kinds: [
            { label: '補助金', value: 'subsidy' },
            { label: '融資', value: 'loan' },
          ],
        },
      },
      [Grants],
    )
    api = `${server.baseUrl}/api/public`
    const data = { closes: daysFromNow(30), opens: daysFromNow(-5), type: 'subsidy' }
    await server.payload.create({
      collection: 'grants',
      data: { ...data, _status: 'published', blurb: '店舗の改装に', name: '空き店舗補助金', path: 'akiya' },
    })
    await server.payload.create({
      collection: 'grants',
      data: { ...data, _status: 'draft', name: '未公開の空き店舗補助金', path: 'akiya-draft' },
      draft: true,
    })
    await server.payload.create({
      collection: 'grants',
      data: { ...data, _status: 'published', name: '設備投資融資', path: 'setsubi', type: 'loan' },
    })
  })
  afterAll(() => server?.close())

  it('answers a search with the matching published programme, not the draft, read through the field map', async () => {
    const { body, status } = await getJson(`${api}/subsidies?q=${encodeURIComponent('空き店舗')}`)
    expect(status).toBe(200)
    expect(body.docs.map((doc: any) => doc.slug)).toEqual(['akiya'])
    expect(body.docs[0]).toMatchObject({ kind: 'subsidy', status: 'open', title: '空き店舗補助金' })
    const byKind = await getJson(`${api}/subsidies?kind=${encodeURIComponent('融資')}`)
    expect(byKind.body.docs.map((doc: any) => doc.slug)).toEqual(['setsubi'])
    const detail = await getJson(`${api}/subsidies/akiya`)
    expect(detail.body).toMatchObject({ kindLabel: '補助金', slug: 'akiya', stories: [], summary: '店舗の改装に' })
    expect((await getJson(`${api}/subsidies/akiya-draft`)).status).toBe(404)
  })

  it('answers the same request again from the cache, with the same ETag', async () => {
    // A detail is built by the Payload endpoint the first time (the search index answers only the lists).
    const url = `${api}/subsidies/setsubi`
    const first = await fetch(url)
    const body = await first.text()
    const again = await fetch(url)
    expect(again.status).toBe(200)
    expect(await again.text()).toBe(body)
    expect(again.headers.get('etag')).toBe(first.headers.get('etag'))
    // Answered before Payload: a hit has its length (Payload streams its answers chunked).
    expect(again.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
    expect(first.headers.get('content-length')).toBeNull()
  })

  it('answers a list the cache does not hold from the search index before Payload, as Payload would', async () => {
    const url = `${api}/subsidies?q=${encodeURIComponent('補助金')}`
    const first = await fetch(url)
    const body = await first.text()
    expect(first.status).toBe(200)
    expect(first.headers.get('content-length')).toBe(String(Buffer.byteLength(body)))
    expect(JSON.parse(body).docs.map((doc: any) => doc.slug)).toEqual(['akiya'])
    // A refusal is still Payload's to word, in the request's language.
    const refused = await fetch(`${api}/subsidies?limit=0`, { headers: { 'accept-language': 'en' } })
    expect(refused.status).toBe(400)
    expect(refused.headers.get('content-length')).toBeNull()
  })

  it('answers a bad parameter with 400 { errors: [{ message, field }] }', async () => {
    const { body, headers, status } = await getJson(`${api}/subsidies?limit=1000&kind=grant`)
    expect(status).toBe(400)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(body).toEqual({
      errors: [
        { field: 'kind', message: expect.any(String) },
        { field: 'limit', message: expect.any(String) },
      ],
    })
  })

  it('serves no story routes when the app has no stories', async () => {
    expect((await getJson(`${api}/stories`)).status).toBe(404)
    const doc = (await getJson(`${api}/openapi.json`)).body
    expect(Object.keys(doc.paths).some((path) => path.includes('/stories'))).toBe(false)
  })
})
