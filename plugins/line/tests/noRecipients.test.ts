import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, ensureDepartment, errorMessage, loginHeaders } from '@akita-dx/test-support'
import { bulkInsertSubscribers, generatedSubscriber, insertSubscribers } from '@akita-dx/test-support/line'

import { type LineTestServer, startLineTestServer } from './helpers/boot'

/** A live send that would reach nobody is refused when it is requested, not reported as done later. */
describe('a live delivery to segments nobody matches', () => {
  let server: LineTestServer
  let headers: Record<string, string>
  let notice: number | string
  const segmentOf = async (data: Record<string, unknown>) =>
    (await server.payload.create({ collection: 'line-segments', data: { combinator: 'and', ...data } as never, overrideAccess: true })).id
  const deliveries = async () => (await server.payload.count({ collection: 'line-deliveries', overrideAccess: true })).totalDocs
  const send = (body: Record<string, unknown>) =>
    fetch(`${server.baseUrl}/api/line-deliveries`, {
      body: JSON.stringify({ collection: 'line-test-notices', document: String(notice), mode: 'live', ...body }),
      headers,
      method: 'POST',
    }).then(async (res) => ({ body: (await res.json()) as any, status: res.status }))

  beforeAll(async () => {
    server = await startLineTestServer()
    const koho = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    headers = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: koho.id, roles: ['editor'] }))
    notice = (
      await server.payload.create({ collection: 'line-test-notices', data: { title: '雪下ろし中の事故に注意' }, overrideAccess: true })
    ).id
  }, 60_000)
  afterAll(() => server?.close())

  it('is refused with a 400 on segments, now and scheduled, and nothing is written', async () => {
    const segment = await segmentOf({ municipalities: ['oga'], name: '男鹿市' })
    const before = await deliveries()
    for (const scheduledAt of [undefined, new Date(Date.now() + 3_600_000).toISOString()]) {
      const res = await send({ scheduledAt, segments: [segment] })
      expect(res.status).toBe(400)
      // A hook's refusal comes in Payload's validation shape, naming the field as its `path`.
      expect(res.body.errors[0].data.errors[0].path).toBe('segments')
      expect(errorMessage(res.body)).toMatch(/0人/)
    }
    expect(await deliveries()).toBe(before)
  })

  it('a send beyond the document’s 対象市町村 needs the requester’s confirmation, which it keeps', async () => {
    await insertSubscribers(server.payload, [{ ...generatedSubscriber('target-area', 0), municipality: 'oga' }])
    const local = (
      await server.payload.create({
        collection: 'line-test-notices',
        data: { municipalities: ['oga'], title: '男鹿市の除雪情報' },
        overrideAccess: true,
      })
    ).id
    const sendLocal = (body: Record<string, unknown>) => send({ document: String(local), ...body })
    const everyone = await segmentOf({ name: '全域' })
    const oga = await segmentOf({ municipalities: ['oga'], name: '男鹿市だけ' })
    const ogaOrDisaster = await segmentOf({ combinator: 'or', interests: ['bosai'], municipalities: ['oga'], name: '男鹿市か防災' })
    const before = await deliveries()
    for (const segment of [everyone, ogaOrDisaster]) {
      const refused = await sendLocal({ segments: [oga, segment] })
      expect(refused.status).toBe(400)
      expect(refused.body.errors[0].data.errors[0].path).toBe('municipalityOverride')
      expect(errorMessage(refused.body)).toMatch(/対象市町村の外/)
    }
    expect(await deliveries()).toBe(before)
    // A segment of the municipality itself fits, and keeps no override.
    const fitting = await sendLocal({ municipalityOverride: true, segments: [oga] })
    expect([fitting.status, fitting.body.doc.municipalityOverride]).toEqual([201, false])
    const confirmed = await sendLocal({ municipalityOverride: true, segments: [everyone] })
    expect([confirmed.status, confirmed.body.doc.municipalityOverride]).toEqual([201, true])
    // A notice for the whole prefecture (no 対象市町村) fits any segment.
    expect((await send({ segments: [everyone] })).status).toBe(201)
  })

  it('is accepted once somebody matches', async () => {
    await bulkInsertSubscribers(server.payload, 1, { prefix: 'no-recipients' })
    const everyone = await segmentOf({ name: '全員' })
    const res = await send({ scheduledAt: new Date(Date.now() + 3_600_000).toISOString(), segments: [everyone] })
    expect(res.status).toBe(201)
  })
})
