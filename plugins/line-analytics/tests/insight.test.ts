import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { addJstDays, jstDay } from '@akita-dx/plugin-core/shared'
import { createTestUser, ensureDepartment, errorMessage, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { type RunningLineEmulator, startEmulator } from '@akita-dx/test-support/line'

import { flushClicks, runInsightTick } from '../index'
import { startAnalyticsServer } from './helpers/boot'
import { NOTICES } from './helpers/config'
import { seedNotice, seedResidents, seedSegment, sendLive } from './helpers/fixtures'
import { request } from './helpers/http'

const H = 3_600_000
const PHONE = 'Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

describe('LINE statistics read back and the dashboard', () => {
  let emu: RunningLineEmulator
  let server: TestServer
  let editor: Record<string, string>
  let big: Record<string, any>
  let small: Record<string, any>
  let bigSegment: number | string
  let dept: number | string
  const get = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: editor })
  const snapshots = async (delivery: number | string) =>
    (
      await server.payload.find({
        collection: 'line-insight-snapshots',
        overrideAccess: true,
        sort: 'fetchedAt',
        where: { delivery: { equals: delivery } },
      })
    ).docs as Record<string, any>[]

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAnalyticsServer()
    dept = (await ensureDepartment(server.payload, 'kodomo', '子ども未来課')).id
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept, roles: ['editor'] }))
    await seedResidents(server.payload, 80, 'insight-akita')
    await seedResidents(server.payload, 6, 'insight-oga', 'oga')
    bigSegment = (await seedSegment(server.payload, '秋田市の子育て世帯')).id
    const smallSegment = (await seedSegment(server.payload, '男鹿市の子育て世帯', ['oga'])).id
    const notice = await seedNotice(server.payload, { department: dept })
    const other = await seedNotice(server.payload, { department: dept, title: '男鹿市 子育て相談会のお知らせ' })
    big = await sendLive(server.payload, { notice: notice.id, segments: [bigSegment] })
    small = await sendLive(server.payload, { notice: other.id, segments: [smallSegment] })
    const res = await fetch(`${emu.url}/_emulator/config`, {
      body: JSON.stringify({ simulateEngagement: { clickRate: 0.5, openRate: 0.7, seed: 7 } }),
      headers: { 'content-type': 'application/json' },
      method: 'PUT',
    })
    expect(res.status).toBe(200)
    const links = await server.payload.find({
      collection: 'line-tracked-links',
      overrideAccess: true,
      where: { delivery: { equals: big.id } },
    })
    for (const [i, link] of links.docs.entries()) {
      for (let n = 0; n <= i; n++) {
        const res = await request(`${server.baseUrl}/l/${link.code}`, { headers: { 'user-agent': `${PHONE} ${n}` } })
        expect(res.status).toBe(302)
      }
    }
    await flushClicks(server.payload)
  }, 180_000)

  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('stores the 1 h snapshot of each delivery, with null kept for audiences under 20', async () => {
    const sentAt = Date.parse(big.startedAt)
    const first = await runInsightTick(server.payload, { now: sentAt + H + 60_000 })
    expect(first).toMatchObject({ deferred: 0, errors: 0, fetched: 2 })
    const [bigSnap] = await snapshots(big.id)
    expect(bigSnap).toMatchObject({ checkpoint: '1h', delivered: 80, source: 'unit', status: 'ok' })
    expect(bigSnap.uniqueImpressions).toBeGreaterThanOrEqual(20)
    expect(bigSnap.uniqueImpressions).toBeLessThanOrEqual(80)
    const urls = bigSnap.urlClicks as { code: null | string; url: string }[]
    expect(urls.length).toBe(3)
    for (const u of urls) {
      expect(u.code).toMatch(/^[0-9A-Za-z]{12}$/)
      expect(u.url).not.toContain('/l/')
    }
    const [smallSnap] = await snapshots(small.id)
    expect(smallSnap).toMatchObject({ checkpoint: '1h', delivered: 6, uniqueClicks: null, uniqueImpressions: null })

    // Nothing new is due a minute later; the 6 h checkpoint comes after 6 h.
    expect(await runInsightTick(server.payload, { now: sentAt + H + 2 * 60_000 })).toMatchObject({ fetched: 0 })
    expect(await runInsightTick(server.payload, { now: sentAt + 6 * H + 60_000 })).toMatchObject({ fetched: 2 })
    expect((await snapshots(big.id)).map((s) => s.checkpoint)).toEqual(['1h', '6h'])
  })

  it('reads yesterday’s followers, targeted reaches and blocks once a day', async () => {
    // LINE has a day's figures once the day is over by the real clock: late in the JST evening the
    // ticks above, an hour ahead of it, asked for a day still running. A tick on the real clock
    // reads yesterday's then, and otherwise finds the row stored and reads nothing.
    await runInsightTick(server.payload, { now: Date.now() })
    const rows = await server.payload.find({ collection: 'line-account-stats', overrideAccess: true })
    expect(rows.docs).toHaveLength(1)
    const counts = emu.state.users.counts()
    expect(rows.docs[0]).toMatchObject({ blocks: counts.blocks, followers: counts.everFollowed, targetedReaches: counts.followers })
    expect(rows.docs[0].day).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  })

  it('spends no more than the hour’s budget, failed requests included', async () => {
    const sentAt = Date.parse(big.startedAt)
    const now = sentAt + 25 * H
    // 59 requests already made in the last hour: 58 failures on record and the account figures of the day before.
    for (let i = 0; i < 58; i++) {
      await server.payload.create({
        collection: 'line-insight-snapshots',
        data: {
          checkpoint: '24h',
          delivery: small.id,
          error: 'HTTP 500',
          fetchedAt: new Date(now - 10 * 60_000).toISOString(),
          status: 'error',
        },
        overrideAccess: true,
      })
    }
    const yesterday = addJstDays(jstDay(now), -1)
    await server.payload.delete({ collection: 'line-account-stats', overrideAccess: true, where: { day: { equals: yesterday } } })
    await server.payload.create({
      collection: 'line-account-stats',
      data: { day: yesterday, fetchedAt: new Date(now - 5 * 60_000).toISOString(), followers: 1 },
      overrideAccess: true,
    })
    const calls = async () => {
      const body = (await (await fetch(`${emu.url}/_emulator/stats`)).json()) as { requests: { byOperation: Record<string, number> } }
      return body.requests.byOperation.getStatisticsPerUnit ?? 0
    }
    const before = await calls()
    // One request left: the big delivery's 24 h; the small one failed 10 minutes ago and waits.
    expect(await runInsightTick(server.payload, { now })).toMatchObject({ deferred: 0, errors: 0, fetched: 1 })
    expect((await snapshots(big.id)).filter((s) => s.status === 'ok').map((s) => s.checkpoint)).toEqual(['1h', '6h', '24h'])
    // Budget spent: nothing more this hour.
    expect(await runInsightTick(server.payload, { now: now + 10 * 60_000 })).toMatchObject({ fetched: 0 })
    expect(await calls()).toBe(before + 1)
    // An hour after the failures the small delivery is tried again.
    expect(await runInsightTick(server.payload, { now: now + 55 * 60_000 })).toMatchObject({ fetched: 1 })
  })

  it('returns the delivery figures with snapshots, open and click rates', async () => {
    const res = await get(`/api/line-analytics/deliveries/${big.id}`)
    const body = (await res.json()) as Record<string, any>
    expect(body).toMatchObject({ clicks: 6, delivered: 80, lineStatistics: 'ready', recipients: 80, uniqueClicks: 3 })
    expect(body.snapshots.map((s: any) => s.checkpoint)).toEqual(['1h', '6h', '24h'])
    expect(body.openRate).toBeCloseTo((body.uniqueImpressions / 80) * 100, 0)
    const smallBody = (await (await get(`/api/line-analytics/deliveries/${small.id}`)).json()) as Record<string, any>
    expect(smallBody).toMatchObject({ lineStatistics: 'ready', openRate: null, uniqueImpressions: null })
  })

  it('aggregates per segment, category and day with filters', async () => {
    const res = await get('/api/line-analytics/summary')
    expect(res.status).toBe(200)
    const body = (await res.json()) as Record<string, any>
    expect(body.totals).toMatchObject({ clicks: 6, deliveries: 2, recipients: 86, uniqueClicks: 3 })
    expect(body.deliveries.map((d: any) => d.id).sort()).toEqual([String(big.id), String(small.id)].sort())
    expect(body.bySegment.keys).toEqual([{ key: String(bigSegment), label: '秋田市の子育て世帯' }])
    expect(body.byCategory.keys).toEqual([{ key: 'kosodate', label: '子育て' }])
    expect(body.daily.reduce((s: number, d: any) => s + d.clicks, 0)).toBe(6)
    expect(body.topAnnouncements[0]).toMatchObject({ title: '子育て応援給付金の申請受付を開始しました', uniqueClicks: 3 })
    // Account figures in day order (the budget test above added the next day's row).
    expect(body.account.map((a: any) => a.day)).toEqual([...body.account.map((a: any) => a.day)].sort())
    expect(body.account.length).toBeGreaterThanOrEqual(1)

    const filtered = (await (await get(`/api/line-analytics/summary?segment=${bigSegment}`)).json()) as Record<string, any>
    expect(filtered.deliveries.map((d: any) => d.id)).toEqual([String(big.id)])
    const none = (await (await get('/api/line-analytics/summary?category=kanko')).json()) as Record<string, any>
    expect(none.totals).toMatchObject({ clicks: 0, deliveries: 0 })
    const later = (await (await get('/api/line-analytics/summary?from=2030-01-01&to=2030-01-31')).json()) as Record<string, any>
    expect(later.totals.deliveries).toBe(0)
    // The admin's period fields are in Japanese order; both spellings are the same period.
    const today = jstDay(Date.now())
    const dashed = (await (await get(`/api/line-analytics/summary?from=${addJstDays(today, -6)}&to=${today}`)).json()) as Record<
      string,
      any
    >
    const slashed = await get(
      `/api/line-analytics/summary?from=${addJstDays(today, -6).replaceAll('-', '/')}&to=${today.replaceAll('-', '/')}`,
    )
    expect(slashed.status).toBe(200)
    expect(await slashed.json()).toEqual(dashed)
  })

  it('shows another department’s editor none of these figures, whatever they ask for', async () => {
    const bosai = await ensureDepartment(server.payload, 'bosai', '総合防災課')
    const headers = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: bosai.id, roles: ['editor'] }))
    const summary = (await (await fetch(`${server.baseUrl}/api/line-analytics/summary?department=${dept}`, { headers })).json()) as Record<
      string,
      any
    >
    expect(summary.totals).toMatchObject({ clicks: 0, deliveries: 0 })
    expect(summary.filter.department).toBe(String(bosai.id))
    expect((await fetch(`${server.baseUrl}/api/line-analytics/deliveries/${big.id}`, { headers })).status).toBe(404)
    const csv = await (await fetch(`${server.baseUrl}/api/line-analytics/export`, { headers })).text()
    expect(csv).not.toContain('子育て応援給付金')
    const doc = (await (await fetch(`${server.baseUrl}/api/line-analytics/documents/${NOTICES}/${big.document}`, { headers })).json()) as {
      deliveries: unknown[]
    }
    expect(doc.deliveries).toEqual([])
  })

  it('refuses bad filters with 400 naming the problem, and strangers with 401', async () => {
    for (const [query, message] of [
      ['from=yesterday', /from/],
      ['from=2026-05-01&to=2026-04-01', /from は to 以前/],
      ['from=2020-01-01&to=2026-01-01', /400 日以内/],
      ['category=unknown', /category/],
      ['segment=%27%3B--', /segment/],
    ] as const) {
      const res = await get(`/api/line-analytics/summary?${query}`)
      expect(res.status).toBe(400)
      expect(errorMessage(await res.json())).toMatch(message)
    }
    expect((await fetch(`${server.baseUrl}/api/line-analytics/summary`)).status).toBe(401)
    expect((await fetch(`${server.baseUrl}/api/line-analytics/export`)).status).toBe(401)
  })

  it('exports CSV with a BOM that spells out hidden figures', async () => {
    const res = await get('/api/line-analytics/export')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/)
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="line-analytics_/)
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes.slice(3))
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toMatch(/^配信ID,配信開始,文書,カテゴリ/)
    expect(lines).toHaveLength(3)
    expect(text).toContain('20未満のため非公開')
    expect(text).toContain('子育て応援給付金の申請受付を開始しました')
  })

  it('warns on a segment whose statistics will be hidden, and lists a document’s deliveries', async () => {
    const segments = (await server.payload.find({ collection: 'line-segments', overrideAccess: true, sort: 'name' })).docs
    const oga = segments.find((s) => s.name === '男鹿市の子育て世帯')!
    const warn = (await (await get(`/api/line-analytics/segments/${oga.id}`)).json()) as Record<string, any>
    expect(warn).toMatchObject({ hidden: true, recipients: 6 })
    expect(warn.pastHidden).toHaveLength(1)
    const ok = (await (await get(`/api/line-analytics/segments/${bigSegment}`)).json()) as Record<string, any>
    expect(ok).toMatchObject({ hidden: false, pastHidden: [], recipients: 80 })
    const doc = (await (await get(`/api/line-analytics/documents/${NOTICES}/${big.document}`)).json()) as { deliveries: any[] }
    expect(doc.deliveries.map((d) => d.id)).toEqual([big.id])
    expect(doc.deliveries[0].clicks).toBe(6)
  })
})
