import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { addJstDays, jstDay, jstDayStart } from '@akita-dx/plugin-core/shared'
import { segmentKeyOf } from '@akita-dx/plugin-line'
import { bulkInsertSubscribers } from '@akita-dx/test-support/line'

import { dashboardData, parseDashboardFilter } from '../index'
import { bootAnalyticsPayload } from './helpers/boot'
import { NOTICES } from './helpers/config'
import { seedNotice } from './helpers/fixtures'
import { insertDeliveryRows } from './helpers/rollup'

const today = jstDay(Date.now())

/**
 * A delivery's segments become one key in one way everywhere (the LINE plugin's segmentKeyOf):
 * ids sort as numbers, so segments 9 and 10 are `9,10` on its links, on its dashboard row and in
 * the dashboard's filter, whatever order they were given in.
 */
describe('segment keys on the dashboard', () => {
  let payload: Payload
  let segments: string[]
  let delivery: string

  beforeAll(async () => {
    payload = await bootAnalyticsPayload()
    // A live send needs somebody to reach.
    await bulkInsertSubscribers(payload, 1, { prefix: 'segment-key' })
    const created = []
    for (let i = 1; i <= 10; i++)
      created.push(
        await payload.create({ collection: 'line-segments', data: { combinator: 'and', name: `セグメント ${i}` }, overrideAccess: true }),
      )
    segments = created.slice(8).map((s) => String(s.id))
    // Sent to segments 10 and 9 and never clicked: no tracked link says what its segments were.
    ;[delivery] = await insertDeliveryRows(payload, [
      {
        collection: NOTICES,
        document: '1',
        documentTitle: '大雪への備え',
        segments: [...segments].reverse().map(Number),
        sent: 40,
        startedAt: jstDayStart(today).toISOString(),
        total: 40,
      },
    ])
  }, 120_000)

  afterAll(async () => {
    await payload?.destroy()
  })

  it('are numeric, as the LINE plugin makes them, on the tracked links of a delivery too', async () => {
    expect(segments.map(Number)).toEqual([9, 10])
    expect(segmentKeyOf([10, 9])).toBe('9,10')
    const notice = await seedNotice(payload)
    const scheduled = await payload.create({
      collection: 'line-deliveries',
      data: {
        collection: NOTICES,
        document: String(notice.id),
        mode: 'live',
        scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
        segments: [...segments].reverse().map(Number),
      },
      overrideAccess: true,
    })
    const links = await payload.find({
      collection: 'line-tracked-links',
      overrideAccess: true,
      where: { delivery: { equals: scheduled.id } },
    })
    expect(links.docs.length).toBeGreaterThan(0)
    expect(links.docs.map((l) => l.segment)).toEqual(links.docs.map(() => '9,10'))
  })

  it('find a delivery to segments 9 and 10 without tracked links by its segments, in either order', async () => {
    for (const segment of ['9,10', '10,9']) {
      const parsed = parseDashboardFilter({ from: addJstDays(today, -1), segment, to: today }, [])
      if ('problem' in parsed) throw new Error(parsed.problem.message)
      const data = await dashboardData(payload, parsed.filter)
      expect(data.deliveries.map((d) => d.id)).toEqual([delivery])
      expect(data.deliveries[0]).toMatchObject({ segment: '9,10', segmentLabel: 'セグメント 9 + セグメント 10' })
    }
    const other = await dashboardData(payload, { from: addJstDays(today, -1), segment: '9', to: today })
    expect(other.deliveries).toEqual([])
  })
})
