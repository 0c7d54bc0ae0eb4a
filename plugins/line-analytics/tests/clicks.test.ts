import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createTestUser, ensureDepartment, errorMessage, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { emulatorDeliveries, type RunningLineEmulator, startEmulator } from '@akita-dx/test-support/line'

import { flushClicks, trackLinks } from '../index'
import { startAnalyticsServer } from './helpers/boot'
import { NOTICES, PUBLIC_URL } from './helpers/config'
import { seedNotice, seedResidents, seedSegment, sendLive } from './helpers/fixtures'
import { PHONE, request } from './helpers/http'

describe('tracked links of a LINE delivery', () => {
  let emu: RunningLineEmulator
  let server: TestServer
  let editor: Record<string, string>
  let staff: Record<string, string>
  let delivery: Record<string, any>
  let codes: { code: string; url: string }[]

  const tap = (code: string, headers: Record<string, string> = {}, method = 'GET') =>
    request(`${server.baseUrl}/l/${code}`, { headers: { 'user-agent': PHONE, ...headers }, method })
  const clickRows = async () => {
    await flushClicks(server.payload)
    return (await server.payload.find({ collection: 'line-link-clicks', limit: 0, overrideAccess: true, pagination: false }))
      .docs as Record<string, unknown>[]
  }

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAnalyticsServer()
    const dept = await ensureDepartment(server.payload, 'kodomo', '子ども未来課')
    const user = await createTestUser(server.payload, { department: dept.id, roles: ['editor'] })
    editor = await loginHeaders(server.baseUrl, user)
    staff = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['staff'] }))
    await seedResidents(server.payload, 30, 'clicks')
    const segment = await seedSegment(server.payload, '秋田市の子育て世帯')
    const notice = await seedNotice(server.payload, { department: dept.id })
    delivery = await sendLive(server.payload, { notice: notice.id, segments: [segment.id] })
    codes = (
      await server.payload.find({
        collection: 'line-tracked-links',
        overrideAccess: true,
        sort: 'createdAt',
        where: { delivery: { equals: delivery.id } },
      })
    ).docs.map((d) => ({ code: String(d.code), url: String(d.url) }))
  }, 120_000)

  afterAll(async () => {
    // No background work runs in this server: what a tap buffered last is written here.
    if (server) await flushClicks(server.payload)
    await server?.close()
    await emu?.stop()
  })

  it('sends one unguessable code per link instead of the original URLs', async () => {
    expect(codes.map((c) => c.url)).toEqual([
      `${PUBLIC_URL}/notices/${delivery.document}`,
      'https://www.pref.akita.example/kosodate/kyufu/apply?from=line',
      'https://www.pref.akita.example/kosodate/kyufu/faq',
    ])
    for (const { code } of codes) expect(code).toMatch(/^[0-9A-Za-z]{12}$/)
    const report = await emulatorDeliveries(emu, 'limit=1')
    const sent = JSON.stringify(report.messages)
    expect(report.total).toBe(30)
    for (const { code, url } of codes) {
      expect(sent).toContain(`${PUBLIC_URL}/l/${code}`)
      expect(sent).not.toContain(`"${url}"`)
    }
    const link = await server.payload.find({
      collection: 'line-tracked-links',
      overrideAccess: true,
      where: { code: { equals: codes[1].code } },
    })
    expect(link.docs[0]).toMatchObject({ category: 'kosodate', segment: String(delivery.segments[0]) })
  })

  it('redirects a tap to the stored target with 302 and records it without who tapped', async () => {
    const res = await tap(codes[1].code, { 'x-forwarded-for': '198.51.100.4' })
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe(codes[1].url)
    expect(res.headers['cache-control']).toMatch(/no-store/)
    const rows = await clickRows()
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ category: 'kosodate', delivery: String(delivery.id), segment: String(delivery.segments[0]) })
    const stored = JSON.stringify(rows[0])
    expect(stored).not.toMatch(/U[0-9a-f]{32}/)
    expect(stored).not.toContain('127.0.0.1')
    expect(stored).not.toContain('iPhone')
  })

  it('redirects crawlers, previews, prefetches and HEAD requests without counting them', async () => {
    const before = (await clickRows()).length
    const automated = [
      tap(codes[0].code, { 'user-agent': 'facebookexternalhit/1.1;line-poker/1.0' }),
      tap(codes[0].code, { 'user-agent': 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)' }),
      tap(codes[0].code, { 'user-agent': 'Twitterbot/1.0' }),
      tap(codes[0].code, { 'user-agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' }),
      tap(codes[0].code, { purpose: 'prefetch' }),
      tap(codes[0].code, { 'sec-purpose': 'prefetch' }),
      tap(codes[0].code, {}, 'HEAD'),
    ]
    for (const res of await Promise.all(automated)) {
      expect(res.status).toBe(302)
      expect(res.headers.location).toBe(codes[0].url)
    }
    expect((await clickRows()).length).toBe(before)
  })

  it('answers unknown or malformed codes with a 404 page, never a redirect', async () => {
    for (const path of ['ZZZZZZZZZZZZ', 'short', 'https:%2F%2Fevil.example', '..%2F..%2Fapi', `${codes[0].code}x`]) {
      const res = await request(`${server.baseUrl}/l/${path}`, { headers: { 'user-agent': PHONE } })
      expect(res.status).toBe(404)
      expect(res.headers.location).toBeUndefined()
      expect(res.headers['content-type']).toMatch(/text\/html/)
      expect(res.body).toContain('リンクが見つかりません')
    }
  })

  it('counts unique visitors per link and per delivery over REST, for editors only', async () => {
    // Two more taps from the first phone, two phones on the FAQ link.
    await tap(codes[1].code, { 'x-forwarded-for': '198.51.100.4' })
    await tap(codes[1].code, { 'x-forwarded-for': '198.51.100.4' })
    await tap(codes[2].code, { 'user-agent': `${PHONE} A` })
    await tap(codes[2].code, { 'user-agent': `${PHONE} B` })
    await flushClicks(server.payload)
    const url = `${server.baseUrl}/api/line-analytics/deliveries/${delivery.id}`
    expect((await fetch(url)).status).toBe(401)
    expect((await fetch(url, { headers: staff })).status).toBe(403)
    const res = await fetch(url, { headers: editor })
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, any>
    expect(body).toMatchObject({
      clicks: 5,
      delivered: 30,
      lineStatistics: 'pending',
      recipients: 30,
      uniqueClicks: 3,
      uniqueImpressions: null,
    })
    expect(body.snapshots).toEqual([])
    const byCode = Object.fromEntries(body.links.map((l: any) => [l.code, l]))
    expect(byCode[codes[1].code]).toEqual({ clicks: 3, code: codes[1].code, uniqueClicks: 1, url: codes[1].url })
    expect(byCode[codes[2].code]).toMatchObject({ clicks: 2, uniqueClicks: 2 })
    expect(byCode[codes[0].code]).toMatchObject({ clicks: 0, uniqueClicks: 0 })
    expect(body.clickRate).toBe(10)
    expect((await fetch(`${server.baseUrl}/api/line-analytics/deliveries/999999`, { headers: editor })).status).toBe(404)
    const bad = await fetch(`${server.baseUrl}/api/line-analytics/deliveries/${encodeURIComponent('1;drop')}`, { headers: editor })
    expect(bad.status).toBe(400)
    expect(errorMessage(await bad.json())).toMatch(/配信 ID/)
  })

  it('gives the delivery the same clicks and unique clicks on the dashboard and in its CSV as on its own', async () => {
    const own = (await (
      await fetch(`${server.baseUrl}/api/line-analytics/deliveries/${delivery.id}`, { headers: editor })
    ).json()) as Record<string, number>
    const summary = (await (await fetch(`${server.baseUrl}/api/line-analytics/summary`, { headers: editor })).json()) as {
      deliveries: Record<string, unknown>[]
    }
    const row = summary.deliveries.find((d) => d.id === String(delivery.id))
    expect(row).toMatchObject({ clicks: own.clicks, uniqueClicks: own.uniqueClicks })
    expect(own).toMatchObject({ clicks: 5, uniqueClicks: 3 })
    const csv = await (await fetch(`${server.baseUrl}/api/line-analytics/export`, { headers: editor })).text()
    const cells = csv
      .split('\r\n')
      .find((line) => line.startsWith(`${delivery.id},`))!
      .split(',')
    // クリック数, クリック者数
    expect(cells.slice(10, 12)).toEqual(['5', '3'])
  })

  it('tracks links of messages given directly, once per URL, and leaves tracked links alone', async () => {
    const messages = [
      { text: '申請は https://www.pref.akita.example/kyufu/apply から。', type: 'text' },
      {
        altText: 'x',
        contents: {
          body: {
            contents: [{ action: { type: 'uri', uri: 'https://www.pref.akita.example/kyufu/apply' }, type: 'button' }],
            layout: 'vertical',
            type: 'box',
          },
          type: 'bubble',
        },
        type: 'flex',
      },
    ]
    const attributes = {
      aggregationUnit: null,
      category: 'kosodate',
      department: null,
      document: `${NOTICES}:${delivery.document}`,
      segment: null,
    }
    const { created, messages: out } = await trackLinks(server.payload, { attributes, delivery: delivery.id, messages })
    const code = /\/l\/([0-9A-Za-z]{12})/.exec((out[0] as { text: string }).text)?.[1]
    expect(created).toEqual([code])
    expect(JSON.stringify(out[1])).toContain(`${PUBLIC_URL}/l/${code}`)
    expect(await trackLinks(server.payload, { attributes, delivery: delivery.id, messages: out })).toEqual({ created: [], messages: out })
    const res = await tap(code!)
    expect(res.headers.location).toBe('https://www.pref.akita.example/kyufu/apply')
  })
})
