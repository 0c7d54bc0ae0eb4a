import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createTestUser, ensureDepartment, errorMessage, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { type RunningLineEmulator, startEmulator } from '@akita-dx/test-support/line'

import { refreshDeliveryInsight } from '../index'
import { startAnalyticsServer } from './helpers/boot'
import { NOTICES } from './helpers/config'
import { seedNotice, seedResidents, seedSegment, sendLive } from './helpers/fixtures'

/** 「LINEの統計を今すぐ取得」: an editor reads a delivery's statistics now, inside LINE's hourly budget. */
describe('reading a delivery’s LINE statistics on request', () => {
  let emu: RunningLineEmulator
  let server: TestServer
  let editor: Record<string, string>
  let staff: Record<string, string>
  let delivery: Record<string, any>
  let segment: number | string
  let notice: number | string
  const refresh = (id: number | string, headers = editor) =>
    fetch(`${server.baseUrl}/api/line-analytics/deliveries/${id}/insight`, { headers, method: 'POST' })
  const snapshotCount = async (id: number | string) =>
    (await server.payload.count({ collection: 'line-insight-snapshots', overrideAccess: true, where: { delivery: { equals: id } } }))
      .totalDocs

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAnalyticsServer()
    const dept = await ensureDepartment(server.payload, 'kodomo', '子ども未来課')
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['editor'] }))
    staff = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['staff'] }))
    await seedResidents(server.payload, 40, 'refresh-akita')
    segment = (await seedSegment(server.payload, '秋田市の子育て世帯')).id
    notice = (await seedNotice(server.payload, { department: dept.id })).id
    await fetch(`${emu.url}/_emulator/config`, {
      body: JSON.stringify({ simulateEngagement: { clickRate: 0.6, openRate: 0.9, seed: 3 } }),
      headers: { 'content-type': 'application/json' },
      method: 'PUT',
    })
    delivery = await sendLive(server.payload, { notice, segments: [segment] })
  }, 180_000)

  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('stores a snapshot of LINE’s figures right away and shows it in the delivery’s figures', async () => {
    const res = await refresh(delivery.id)
    expect(res.status).toBe(200)
    const figures = (await (
      await fetch(`${server.baseUrl}/api/line-analytics/deliveries/${delivery.id}`, { headers: editor })
    ).json()) as any
    expect(figures.lineStatistics).toBe('ready')
    expect(figures.snapshots).toHaveLength(1)
    expect(figures.snapshots[0]).toMatchObject({ checkpoint: 'manual', delivered: 40 })
    expect(figures.uniqueImpressions).toBeGreaterThanOrEqual(20)
    // Percent with one decimal, as the dashboard shows it.
    expect(figures.openRate).toBe(Math.round((figures.uniqueImpressions / 40) * 1000) / 10)
  })

  it('refuses a second read within five minutes, and reads again after', async () => {
    const res = await refresh(delivery.id)
    expect(res.status).toBe(409)
    expect(errorMessage(await res.json())).toMatch(/5分/)
    expect(await snapshotCount(delivery.id)).toBe(1)
    const later = await refreshDeliveryInsight(server.payload, delivery.id, { now: Date.now() + 6 * 60_000 })
    expect(later).toMatchObject({ ok: true })
    expect(await snapshotCount(delivery.id)).toBe(2)
  })

  it('stays inside the hourly insight budget shared with the scheduled reads', async () => {
    const other = await sendLive(server.payload, { notice, segments: [segment] })
    const now = Date.now() + 20 * 60_000
    const filler = Array.from({ length: 58 }, (_, i) => ({
      checkpoint: '1h',
      delivery: delivery.id,
      fetchedAt: new Date(now - 30 * 60_000 + i * 1000).toISOString(),
      source: 'unit',
      status: 'error',
    }))
    for (const data of filler)
      await server.payload.create({ collection: 'line-insight-snapshots', data: data as never, overrideAccess: true })
    const result = await refreshDeliveryInsight(server.payload, other.id, { now })
    expect(result).toMatchObject({ status: 429 })
    expect(await snapshotCount(other.id)).toBe(0)
  })

  it('answers what cannot be read with a clear 4xx, and only to editors', async () => {
    expect((await refresh(delivery.id, staff)).status).toBe(403)
    expect((await refresh(delivery.id, {})).status).toBe(401)
    expect((await refresh('999999')).status).toBe(404)
    expect((await refresh('../x')).status).toBeGreaterThanOrEqual(400)
    const scheduled = await server.payload.create({
      collection: 'line-deliveries',
      data: {
        collection: NOTICES,
        document: String(notice),
        mode: 'live',
        scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
        segments: [segment],
      },
      overrideAccess: true,
    })
    const res = await refresh(scheduled.id)
    expect(res.status).toBe(400)
    expect(errorMessage(await res.json())).toMatch(/送信を終えた本配信/)
  })
})
