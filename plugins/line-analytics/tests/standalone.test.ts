import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { emulatorDeliveries, type RunningLineEmulator, startEmulator } from '@akita-dx/test-support/line'

import { flushClicks } from '../index'
import { startAnalyticsServer } from './helpers/boot'
import { NOTICES, PUBLIC_URL } from './helpers/config'
import { seedNotice, seedResidents, seedSegment } from './helpers/fixtures'
import { PHONE, request } from './helpers/http'
import { countedFromRows, storedRollup } from './helpers/rollup'

/**
 * The plugin on its own (with the LINE plugin and core, a bare users collection and a source
 * collection), over real HTTP: an editor sends a notice, its link is tracked, a resident's tap is
 * a 302 to the target and counted once, in the roll-up and in the delivery's figures.
 */
describe('click analytics in a bare app', () => {
  let emu: RunningLineEmulator
  let server: TestServer
  let editor: Record<string, string>
  let delivery: Record<string, any>
  let departmentId: number | string
  const TARGET = 'https://www.pref.akita.example/kosodate/kyufu/apply?from=line'

  const api = async (path: string, init: RequestInit = {}) => {
    const res = await fetch(`${server.baseUrl}/api${path}`, {
      ...init,
      headers: { ...editor, ...(init.headers as Record<string, string>) },
    })
    return { body: (await res.json()) as Record<string, any>, status: res.status }
  }

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAnalyticsServer()
    const dept = await ensureDepartment(server.payload, 'kodomo', '子ども未来課')
    departmentId = dept.id
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['editor'] }))
    await seedResidents(server.payload, 25, 'standalone')
    const segment = await seedSegment(server.payload, '秋田市の子育て世帯')
    const notice = await seedNotice(server.payload, { department: dept.id })
    const created = await api('/line-deliveries', {
      body: JSON.stringify({ collection: NOTICES, document: notice.id, mode: 'live', segments: [segment.id] }),
      method: 'POST',
    })
    expect(created.status).toBe(201)
    const deadline = Date.now() + 30_000
    do {
      delivery = (await api(`/line-deliveries/${created.body.doc.id}?depth=0`)).body
      if (delivery.status === 'done') break
      await new Promise((r) => setTimeout(r, 100))
    } while (Date.now() < deadline)
    expect(delivery.status).toBe('done')
  }, 120_000)

  afterAll(async () => {
    // No background work runs in this server: what a tap buffered last is written here.
    if (server) await flushClicks(server.payload)
    await server?.close()
    await emu?.stop()
  })

  it('sends tracked links in place of the notice’s URLs, tied to the new delivery with its attributes', async () => {
    const links = (
      await server.payload.find({
        collection: 'line-tracked-links',
        overrideAccess: true,
        sort: 'createdAt',
        where: { delivery: { equals: delivery.id } },
      })
    ).docs
    expect(links.map((l) => l.url)).toEqual([
      `${PUBLIC_URL}/notices/${delivery.document}`,
      TARGET,
      'https://www.pref.akita.example/kosodate/kyufu/faq',
    ])
    const sent = JSON.stringify((await emulatorDeliveries(emu, 'limit=1')).messages)
    for (const link of links) {
      expect(sent).toContain(`${PUBLIC_URL}/l/${link.code}`)
      expect(sent).not.toContain(`"${link.url}"`)
      expect(link).toMatchObject({
        aggregationUnit: delivery.aggregationUnit,
        category: 'kosodate',
        department: String(departmentId),
        document: `${NOTICES}:${delivery.document}`,
        segment: String(delivery.segments[0]),
      })
    }
  })

  it('answers a tap with a 302 to the target and counts it once, in the roll-up and the delivery’s figures', async () => {
    const link = (await server.payload.find({ collection: 'line-tracked-links', overrideAccess: true, where: { url: { equals: TARGET } } }))
      .docs[0]
    const res = await request(`${server.baseUrl}/l/${link.code}`, { headers: { 'user-agent': PHONE } })
    expect(res.status).toBe(302)
    expect(res.headers.location).toBe(TARGET)
    expect(res.headers['cache-control']).toBe('no-store, private')
    await flushClicks(server.payload)

    expect(await storedRollup(server.payload)).toEqual([
      expect.objectContaining({ clicks: 1, delivery: String(delivery.id), uniqueClicks: 1 }),
    ])
    expect(await storedRollup(server.payload)).toEqual(await countedFromRows(server.payload))
    const figures = await api(`/line-analytics/deliveries/${delivery.id}`)
    expect(figures.status).toBe(200)
    expect(figures.body).toMatchObject({ clicks: 1, recipients: 25, uniqueClicks: 1 })
    expect(figures.body.links.find((l: { code: string }) => l.code === link.code)).toEqual({
      clicks: 1,
      code: link.code,
      uniqueClicks: 1,
      url: TARGET,
    })
    const summary = await api('/line-analytics/summary')
    expect(summary.body.deliveries).toEqual([expect.objectContaining({ clicks: 1, id: String(delivery.id), uniqueClicks: 1 })])
  })
})
