import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { recipientsWhere } from '@akita-dx/plugin-line'
import { createTestUser, ensureDepartment, errorMessage, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { emulatorDeliveries, resetEmulator, type RunningLineEmulator, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { bulkInsertSubscribers } from '../../seed/data/lineSubscribers'

/**
 * What the 「LINEで配信」 panel on an announcement relies on, on the product's own config
 * (announcements have drafts): union counts of saved segments, and which version is sent.
 */
describe('sending an announcement from its edit view', () => {
  let emu: RunningLineEmulator
  let server: TestServer
  let editor: Record<string, string>
  let departmentId: number | string
  const segmentIds: (number | string)[] = []
  const rules = [
    { combinator: 'and' as const, municipalities: ['akita', 'yokote'], name: '秋田市・横手市' },
    { combinator: 'and' as const, interests: ['kosodate'], name: '子育てに関心' },
  ]

  const post = (path: string, body: unknown) =>
    fetch(`${server.baseUrl}${path}`, { body: JSON.stringify(body), headers: editor, method: 'POST' })
  const deliveries = async () => (await server.payload.count({ collection: 'line-deliveries', overrideAccess: true })).totalDocs
  const announcement = (title: string, status: 'draft' | 'published') =>
    server.payload.create({
      collection: 'announcements',
      data: {
        _status: status,
        category: 'kosodate',
        department: departmentId,
        summary: `${title}についてのお知らせです。`,
        title,
      } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAppServer()
    departmentId = (await ensureDepartment(server.payload, 'koho', '広報広聴課')).id
    const user = await createTestUser(server.payload, { department: departmentId, roles: ['editor'] })
    await server.payload.update({
      collection: 'users',
      data: { lineUserIds: [userIdFor('panel-editor')] },
      id: user.id,
      overrideAccess: true,
    })
    editor = await loginHeaders(server.baseUrl, user)
    await bulkInsertSubscribers(server.payload, 600, { prefix: 'panel' })
    for (const rule of rules) {
      segmentIds.push((await server.payload.create({ collection: 'line-segments', data: rule, overrideAccess: true })).id)
    }
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('counts the union of saved segments, as the delivery will freeze it', async () => {
    const expected = (await server.payload.count({ collection: 'line-subscribers', overrideAccess: true, where: recipientsWhere(rules) }))
      .totalDocs
    const one = (await server.payload.count({ collection: 'line-subscribers', overrideAccess: true, where: recipientsWhere([rules[0]]) }))
      .totalDocs
    expect(expected).toBeGreaterThan(one)
    const res = await post('/api/line-segments/count', { segments: segmentIds })
    expect(res.status).toBe(200)
    expect(((await res.json()) as { count: number }).count).toBe(expected)
    const single = (await (await post('/api/line-segments/count', { segments: [segmentIds[0]] })).json()) as { count: number }
    expect(single.count).toBe(one)
  })

  it('answers a bad list of segments with a 400 naming the problem', async () => {
    const cases: [unknown, RegExp][] = [
      [[], /segments/],
      ['1', /segments/],
      [['abc'], /segments/],
      [[999999], /999999/],
    ]
    for (const [segments, pattern] of cases) {
      const res = await post('/api/line-segments/count', { segments })
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(errorMessage(body)).toMatch(pattern)
      expect(body.errors[0].field).toBe('segments')
    }
  })

  it('refuses to send a never-published announcement live, and writes nothing', async () => {
    const draft = await announcement('下書きのお知らせ', 'draft')
    const before = await deliveries()
    const res = await post('/api/line-deliveries', {
      collection: 'announcements',
      document: String(draft.id),
      mode: 'live',
      segments: segmentIds,
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/公開されていない/)
    expect(await deliveries()).toBe(before)
  })

  it('test-sends and previews the latest draft, but sends the published version live', async () => {
    await resetEmulator(emu)
    const doc = await announcement('除雪ボランティア募集', 'published')
    await server.payload.update({
      collection: 'announcements',
      data: { title: '除雪ボランティア募集（日程追加・未公開）' },
      draft: true,
      id: doc.id,
      overrideAccess: true,
    })
    const altTextOf = async (mode: 'live' | 'test') => {
      const res = await post('/api/line-deliveries/preview', { collection: 'announcements', document: doc.id, mode })
      expect(res.status).toBe(200)
      return ((await res.json()) as { messages: { altText: string }[] }).messages[0].altText
    }
    expect(await altTextOf('test')).toContain('日程追加・未公開')
    expect(await altTextOf('live')).not.toContain('未公開')

    const test = await post('/api/line-deliveries', { collection: 'announcements', document: String(doc.id), mode: 'test' })
    expect(test.status).toBe(201)
    const created = ((await test.json()) as { doc: { documentTitle: string; id: number | string } }).doc
    expect(created.documentTitle).toContain('未公開')
    // The test send reaches the editor's own phone, and only it.
    const deadline = Date.now() + 20_000
    let progress: { status?: string } = {}
    while (progress.status !== 'done' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
      progress = await (await fetch(`${server.baseUrl}/api/line-deliveries/${created.id}/progress`, { headers: editor })).json()
    }
    expect(progress).toMatchObject({ sent: 1, status: 'done', total: 1 })
    expect((await emulatorDeliveries(emu)).perUser).toEqual({ [userIdFor('panel-editor')]: 1 })

    const live = await post('/api/line-deliveries', {
      collection: 'announcements',
      document: String(doc.id),
      mode: 'live',
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
      segments: segmentIds,
    })
    expect(live.status).toBe(201)
    expect(((await live.json()) as { doc: { documentTitle: string } }).doc.documentTitle).toBe('除雪ボランティア募集')
  })
})
