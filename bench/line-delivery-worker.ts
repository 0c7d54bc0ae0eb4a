/**
 * The sending process of the LINE delivery benchmark, on the app's real config:
 *   setup <recipients>   generated residents (bulk insert), one announcement, one live delivery to 全県
 *   run <deliveryId>     sends it; prints { ms, peakRssMb, status, sent, total } as JSON
 *   freeze <deliveryId> [paged]  only freezes its recipient list (batch rows), as the delivery does (paged: the
 *                        page-by-page way from Node, on PostgreSQL too); prints { ms, total }
 */
import fs from 'node:fs'
import { getPayload } from 'payload'

import config from '../payload.config'
import { runDelivery } from '@akita-dx/plugin-line'

// The freeze alone is not part of the plugin's public surface; the benchmark measures it directly.
import { freezeRecipients } from '../plugins/line/delivery/freeze'
import { bulkInsertSubscribers } from '../seed/data/lineSubscribers'

const peakRssMb = () => {
  const line = fs
    .readFileSync('/proc/self/status', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmHWM:'))
  return line ? Math.round(Number(line.replace(/\D+/g, '')) / 1024) : Math.round(process.memoryUsage().rss / 2 ** 20)
}

const [command, arg] = process.argv.slice(2)
const payload = await getPayload({ config })

if (command === 'setup') {
  const started = Date.now()
  await bulkInsertSubscribers(payload, Number(arg), { chunk: 2000, prefix: 'bench' })
  const inserted = Date.now() - started
  const department = await payload.create({ collection: 'departments', data: { code: 'bosai', name: '総合防災課' }, overrideAccess: true })
  const announcement = await payload.create({
    collection: 'announcements',
    data: {
      _status: 'published',
      category: 'bosai',
      department: department.id,
      summary: '大雨の予報が出ています。お住まいの地域の避難所と避難経路を確認してください。',
      title: '大雨への備え（県からのお知らせ）',
    } as never,
    overrideAccess: true,
  })
  const segment = await payload.create({ collection: 'line-segments', data: { combinator: 'and', name: '全県' }, overrideAccess: true })
  const delivery = await payload.create({
    collection: 'line-deliveries',
    data: {
      collection: 'announcements',
      document: String(announcement.id),
      mode: 'live',
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      segments: [segment.id],
    },
    overrideAccess: true,
  })
  await payload.db.updateOne({ collection: 'line-deliveries', data: { scheduledAt: null }, id: delivery.id })
  console.log(JSON.stringify({ deliveryId: delivery.id, insertMs: inserted }))
} else if (command === 'run') {
  const started = Date.now()
  const stages: Record<string, { ms: number; rssMb: number }> = { boot: { ms: 0, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) } }
  const result = await runDelivery(payload, arg, {
    onStage: (stage) => {
      stages[stage] = { ms: Date.now() - started, rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) }
    },
  })
  const ms = Date.now() - started
  const row = (await payload.findByID({ collection: 'line-deliveries', depth: 0, id: arg, overrideAccess: true })) as unknown as Record<
    string,
    unknown
  >
  console.log(JSON.stringify({ ms, peakRssMb: peakRssMb(), result, sent: row.sent, stages, status: row.status, total: row.total }))
} else if (command === 'freeze') {
  const delivery = await payload.findByID({ collection: 'line-deliveries', depth: 0, id: arg, overrideAccess: true })
  const started = Date.now()
  const total = await freezeRecipients(payload, delivery as never, 500, { strategy: process.argv[4] === 'paged' ? 'paged' : 'auto' })
  console.log(JSON.stringify({ ms: Date.now() - started, peakRssMb: peakRssMb(), total }))
}
await payload.destroy()
process.exit(0)
