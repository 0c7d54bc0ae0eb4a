import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import type { RunningLineEmulator } from '@akita-dx/test-support/line'
import { runDelivery } from '../delivery/run'
import { runDueDeliveries } from '../delivery/runner'
import { matchesRule } from '../segments/rule'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'
import { startLineTestServer, type LineTestServer } from './helpers/boot'
import { emulatorDeliveries, resetEmulator, setFaults, startEmulator } from '@akita-dx/test-support/line'
import { bulkInsertSubscribers, generatedSubscriber } from '@akita-dx/test-support/line'
import { userIdFor } from '@akita-dx/test-support/line'

const waitFor = async <T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 20_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await fn()
    if (ok(value)) return value
    if (Date.now() > deadline) throw new Error(`timed out; last value ${JSON.stringify(value)}`)
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('LINE deliveries over REST against the emulator', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  let editorHeaders: Record<string, string>
  let approverHeaders: Record<string, string>
  let staffHeaders: Record<string, string>
  let noticeId: number | string
  let segmentId: number | string
  const residents = Array.from({ length: 1200 }, (_, i) => generatedSubscriber('deliveries', i))
  const rule = {
    ageBands: [],
    combinator: 'and' as const,
    interests: ['kosodate', 'iju', 'bosai'],
    municipalities: ['akita', 'yokote', 'daisen', 'odate', 'noshiro', 'oga'],
  }
  const editorLineId = userIdFor('editor-phone')

  const get = (path: string) => fetch(`${server.baseUrl}${path}`, { headers: editorHeaders }).then((r) => r.json() as Promise<any>)
  const post = (path: string, body: unknown, headers = editorHeaders) =>
    fetch(`${server.baseUrl}${path}`, { body: JSON.stringify(body), headers, method: 'POST' })
  /** Who received something, leaving out the requester's own phone (told of the approval on LINE). */
  const residentsIn = (report: { perUser: Record<string, number> }) => Object.entries(report.perUser).filter(([id]) => id !== editorLineId)
  /** A live request, approved by the department's approver (the requester may not approve it). */
  const requestLive = async (body: Record<string, unknown>) => {
    const res = await post('/api/line-deliveries', body)
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { aggregationUnit: string; id: number; status: string } }
    expect(doc.status).toBe('awaiting_approval')
    expect((await post(`/api/line-deliveries/${doc.id}/approve`, {}, approverHeaders)).status).toBe(200)
    return doc
  }
  const deliveryCount = async () => (await server.payload.count({ collection: 'line-deliveries', overrideAccess: true })).totalDocs

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startLineTestServer()
    const dept = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    const editor = await createTestUser(server.payload, { department: dept.id, roles: ['editor'] })
    await server.payload.update({ collection: 'users', data: { lineUserIds: [editorLineId] }, id: editor.id, overrideAccess: true })
    editorHeaders = await loginHeaders(server.baseUrl, editor)
    const approver = await createTestUser(server.payload, { department: dept.id, roles: ['editor'] })
    await server.payload.update({ collection: 'users', data: { lineApprover: true }, id: approver.id, overrideAccess: true })
    approverHeaders = await loginHeaders(server.baseUrl, approver)
    staffHeaders = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['staff'] }))
    await bulkInsertSubscribers(server.payload, residents.length, { prefix: 'deliveries' })
    // A blocked resident who matches the rule must not receive anything.
    await server.payload.create({
      collection: 'line-subscribers',
      data: { followState: 'blocked', interests: ['kosodate'], lineUserId: userIdFor('blocked'), municipality: 'akita' },
      overrideAccess: true,
    })
    const notice = await server.payload.create({
      collection: 'line-test-notices',
      data: {
        category: 'kosodate',
        links: [{ label: '申請ページ', url: 'https://www.pref.akita.example/kosodate/apply' }],
        // For the whole prefecture (no 対象市町村): these tests send it to segments of many municipalities.
        summary: '子育て世帯向けの移住支援金の受付を始めました。',
        title: '子育て世帯の移住支援金 受付開始',
      },
      overrideAccess: true,
    })
    noticeId = notice.id
    const segment = await post('/api/line-segments', { name: '子育て・移住（秋田・横手・大仙）', ...rule })
    expect(segment.status).toBe(201)
    segmentId = ((await segment.json()) as { doc: { id: number } }).doc.id
  }, 120_000)

  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('counts a segment live and warns about small audiences', async () => {
    const expected = residents.filter((r) => matchesRule(rule, r)).length
    const res = await post('/api/line-segments/count', rule)
    expect(res.status).toBe(200)
    const body = (await res.json()) as { count: number; warnings: { code: string }[] }
    expect(body.count).toBe(expected)
    expect(expected).toBeGreaterThanOrEqual(50)
    expect(body.warnings).toEqual([])
    const smallRule = { ageBands: ['under20'], combinator: 'and' as const, interests: ['kigyo'], municipalities: ['katagami'] }
    const small = (await (await post('/api/line-segments/count', smallRule)).json()) as { count: number; warnings: { code: string }[] }
    expect(small.count).toBe(residents.filter((r) => matchesRule(smallRule, r)).length)
    expect(small.count).toBeLessThan(20)
    expect(small.warnings.map((w) => w.code).sort()).toEqual(['narrowcast', 'statistics'])
    expect((await post('/api/line-segments/count', rule, staffHeaders)).status).toBe(403)
    expect((await post('/api/line-segments/count', { combinator: 'xor' })).status).toBe(400)
  })

  it('previews the Flex message that will be sent', async () => {
    const res = await post('/api/line-deliveries/preview', {
      collection: 'line-test-notices',
      document: noticeId,
      extraText: '詳細は県のサイトへ',
    })
    expect(res.status).toBe(200)
    const body = (await res.json()) as { messages: any[]; problems: unknown[] }
    expect(body.problems).toEqual([])
    expect(body.messages).toHaveLength(2)
    expect(body.messages[0].type).toBe('flex')
    expect(body.messages[0].altText).toBe('【秋田県】子育て世帯の移住支援金 受付開始')
    expect(body.messages[1]).toEqual({ text: '詳細は県のサイトへ', type: 'text' })
  })

  it('refuses bad delivery requests with a 400 naming the problem and writes nothing', async () => {
    const before = await deliveryCount()
    const cases: [unknown, RegExp][] = [
      [{ collection: 'nope', document: noticeId, mode: 'live', segments: [segmentId] }, /collection/],
      [{ collection: 'line-test-notices', document: '999999', mode: 'live', segments: [segmentId] }, /999999/],
      [{ collection: 'line-test-notices', document: noticeId, mode: 'live', segments: [] }, /segments/],
      [
        { collection: 'line-test-notices', document: noticeId, mode: 'live', segments: [segmentId], extraText: 'あ'.repeat(5001) },
        /extraText|5000/,
      ],
    ]
    for (const [body, pattern] of cases) {
      const res = await post('/api/line-deliveries', body)
      expect(res.status).toBe(400)
      const json = (await res.json()) as { errors: { message: string; data?: unknown }[] }
      expect(JSON.stringify(json.errors)).toMatch(pattern)
    }
    expect(await deliveryCount()).toBe(before)
  })

  it('lets only editors create deliveries', async () => {
    const body = { collection: 'line-test-notices', document: noticeId, mode: 'live', segments: [segmentId] }
    expect((await post('/api/line-deliveries', body, staffHeaders)).status).toBe(403)
    expect((await post('/api/line-deliveries', body, { 'content-type': 'application/json' })).status).toBe(403)
  })

  it('test mode sends to the editor’s own LINE id only', async () => {
    await resetEmulator(emu)
    const res = await post('/api/line-deliveries', { collection: 'line-test-notices', document: noticeId, mode: 'test' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: { id: number } }
    const done = await waitFor(
      () => get(`/api/line-deliveries/${doc.id}/progress`),
      (p) => p.status === 'done',
    )
    expect(done).toMatchObject({ sent: 1, total: 1 })
    const report = await emulatorDeliveries(emu)
    expect(report.perUser).toEqual({ [editorLineId]: 1 })
  })

  it('a live delivery reaches each segment member exactly once, and nobody else', async () => {
    await resetEmulator(emu)
    const doc = await requestLive({ collection: 'line-test-notices', document: noticeId, mode: 'live', segments: [segmentId] })
    expect(doc.aggregationUnit).toMatch(/^akita_\d{8}_[0-9a-f]{6}$/)
    const expected = residents.filter((r) => matchesRule(rule, r)).map((r) => r.lineUserId)
    const done = await waitFor(
      () => get(`/api/line-deliveries/${doc.id}/progress`),
      (p) => p.status === 'done',
    )
    expect(done).toMatchObject({ failed: 0, sent: expected.length, total: expected.length })
    const reached = residentsIn(await emulatorDeliveries(emu))
    expect(reached.map(([id]) => id).sort()).toEqual([...expected].sort())
    expect(reached.every(([, n]) => n === 1)).toBe(true)
    const full = await emulatorDeliveries(emu, `userId=${expected[0]}`)
    expect(JSON.stringify(full.messages)).toContain(doc.aggregationUnit)
  })

  it('two segments (one OR rule) reach their union once: the SQL freeze and the count agree', async () => {
    await resetEmulator(emu)
    const orRule = { ageBands: ['seventiesPlus'], combinator: 'or' as const, interests: [], municipalities: ['yuzawa', 'noshiro'] }
    const created = await post('/api/line-segments', { name: '湯沢・能代または70歳以上', ...orRule })
    const orId = ((await created.json()) as { doc: { id: number } }).doc.id
    const expected = residents.filter((r) => matchesRule(rule, r) || matchesRule(orRule, r)).map((r) => r.lineUserId)
    const orCount = ((await (await post('/api/line-segments/count', orRule)).json()) as { count: number }).count
    expect(orCount).toBe(residents.filter((r) => matchesRule(orRule, r)).length)
    const doc = await requestLive({ collection: 'line-test-notices', document: noticeId, mode: 'live', segments: [segmentId, orId] })
    await waitFor(
      () => get(`/api/line-deliveries/${doc.id}/progress`),
      (p) => p.status === 'done',
    )
    const reached = residentsIn(await emulatorDeliveries(emu))
    expect(reached.map(([id]) => id).sort()).toEqual([...expected].sort())
    expect(reached.every(([, n]) => n === 1)).toBe(true)
  })

  it('says while LINE keeps failing that it retries, with LINE’s error and the next try, then how it ended', async () => {
    await resetEmulator(emu)
    await setFaults(emu, { endpoints: ['multicast'], status500: 1 })
    try {
      const doc = await requestLive({ collection: 'line-test-notices', document: noticeId, mode: 'live', segments: [segmentId] })
      const retrying = await waitFor(
        () => get(`/api/line-deliveries/${doc.id}/progress`),
        (p) => Boolean(p.retrying),
      )
      expect(retrying).toMatchObject({ retrying: { lastError: expect.stringMatching(/500/) }, status: 'sending' })
      expect(retrying.retrying.batches).toBeGreaterThanOrEqual(1)
      expect(Date.parse(retrying.retrying.nextAttemptAt)).toBeGreaterThan(Date.now() - 5000)
      // The test config tries 10 times: then the batches fail, and the warning gives way to the outcome.
      const ended = await waitFor(
        () => get(`/api/line-deliveries/${doc.id}/progress`),
        (p) => p.status === 'failed',
      )
      expect(ended).toMatchObject({ lastError: expect.stringMatching(/10 回試行/), retrying: null, sent: 0 })
    } finally {
      await setFaults(emu, { status500: 0 })
    }
  })

  it('a scheduled delivery waits for its time, then the scheduler sends it', async () => {
    await resetEmulator(emu)
    const at = new Date(Date.now() + 1500).toISOString()
    const res = await post('/api/line-deliveries', { collection: 'line-test-notices', document: noticeId, mode: 'test', scheduledAt: at })
    const { doc } = (await res.json()) as { doc: { id: number; status: string } }
    expect(doc.status).toBe('scheduled')
    await runDueDeliveries(server.payload)
    await new Promise((r) => setTimeout(r, 200))
    expect((await get(`/api/line-deliveries/${doc.id}/progress`)).status).toBe('scheduled')
    expect((await emulatorDeliveries(emu)).total).toBe(0)
    await new Promise((r) => setTimeout(r, 1600))
    await Promise.all(await runDueDeliveries(server.payload))
    expect((await get(`/api/line-deliveries/${doc.id}/progress`)).status).toBe('done')
    expect((await emulatorDeliveries(emu)).perUser).toEqual({ [editorLineId]: 1 })
  })

  it('cancels a scheduled delivery, and then nothing is sent', async () => {
    await resetEmulator(emu)
    const at = new Date(Date.now() + 60_000).toISOString()
    const res = await post('/api/line-deliveries', {
      collection: 'line-test-notices',
      document: noticeId,
      mode: 'live',
      scheduledAt: at,
      segments: [segmentId],
    })
    const { doc } = (await res.json()) as { doc: { id: number } }
    const cancel = await post(`/api/line-deliveries/${doc.id}/cancel`, {})
    expect(cancel.status).toBe(200)
    expect((await post(`/api/line-deliveries/${doc.id}/cancel`, {})).status).toBe(409)
    await server.payload.db.updateOne({ collection: 'line-deliveries', data: { scheduledAt: new Date(0).toISOString() }, id: doc.id })
    expect(await runDelivery(server.payload, doc.id)).toEqual({ outcome: 'notClaimed' })
    expect((await emulatorDeliveries(emu)).total).toBe(0)
  })

  it('two processes racing for one delivery: one claims it, each resident gets it once', async () => {
    await resetEmulator(emu)
    const at = new Date(Date.now() + 60_000).toISOString()
    const doc = await requestLive({
      collection: 'line-test-notices',
      document: noticeId,
      mode: 'live',
      scheduledAt: at,
      segments: [segmentId],
    })
    await server.payload.db.updateOne({
      collection: 'line-deliveries',
      data: { scheduledAt: new Date(Date.now() - 1000).toISOString() },
      id: doc.id,
    })
    const results = await Promise.all([
      runDelivery(server.payload, doc.id, { holder: 'host-a:1' }),
      runDelivery(server.payload, doc.id, { holder: 'host-b:2' }),
    ])
    expect(results.map((r) => r.outcome).sort()).toEqual(['finished', 'notClaimed'])
    const reached = residentsIn(await emulatorDeliveries(emu))
    expect(reached.every(([, n]) => n === 1)).toBe(true)
    expect(reached).toHaveLength(residents.filter((r) => matchesRule(rule, r)).length)
  })

  it('a batch LINE refuses (4xx) fails with LINE’s message shown on the delivery', async () => {
    await resetEmulator(emu)
    const at = new Date(Date.now() + 60_000).toISOString()
    const res = await post('/api/line-deliveries', { collection: 'line-test-notices', document: noticeId, mode: 'test', scheduledAt: at })
    const { doc } = (await res.json()) as { doc: { id: number } }
    // Bypass our own validation to see what LINE says about an oversized text.
    await server.payload.db.updateOne({
      collection: 'line-deliveries',
      data: { messages: [{ text: 'あ'.repeat(5001), type: 'text' }], scheduledAt: null },
      id: doc.id,
    })
    const result = await runDelivery(server.payload, doc.id)
    expect(result).toEqual({ outcome: 'finished', status: 'failed' })
    const progress = await get(`/api/line-deliveries/${doc.id}/progress`)
    expect(progress).toMatchObject({ failed: 1, sent: 0, status: 'failed' })
    expect(progress.lastError).toMatch(/LINE 400/)
    expect((await emulatorDeliveries(emu)).total).toBe(0)
  })

  it('never shows LINE user ids or batches to editors', async () => {
    const subs = await get('/api/line-subscribers?limit=5')
    expect(subs.docs.length).toBeGreaterThan(0)
    expect(subs.docs.every((d: Record<string, unknown>) => d.lineUserId === undefined)).toBe(true)
    expect((await fetch(`${server.baseUrl}/api/line-subscribers`)).status).toBe(403)
    const batches = await fetch(`${server.baseUrl}/api/line-delivery-batches`, { headers: editorHeaders })
    expect(batches.status).toBe(403)
  })
})
