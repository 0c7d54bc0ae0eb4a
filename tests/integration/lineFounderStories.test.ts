import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { linePublicOrigin } from '@akita-dx/plugin-line'
import { createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { emulatorDeliveries, resetEmulator, type RunningLineEmulator, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { bulkInsertSubscribers } from '../../seed/data/lineSubscribers'

type Bubble = { body: { contents: { text?: string }[] }; footer?: { contents: { action: { label: string; type: string; uri: string } }[] } }
type Flex = { altText: string; contents: Bubble; type: string }

const texts = (message: Flex) => message.contents.body.contents.map((c) => c.text)
const actions = (message: Flex) => (message.contents.footer?.contents ?? []).map((b) => b.action)

/**
 * A founder story sent on LINE from its edit view, on the product's own config: the message is
 * built from the story's headline, quote and portrait, its 「詳しく見る」 opens the portal's page of
 * the story (published ones only), and the founder's home town does not limit whom it may reach.
 */
describe('sending a founder story on LINE', () => {
  let emu: RunningLineEmulator
  let server: TestServer
  let editor: Record<string, string>
  let departmentId: number | string
  let segmentId: number | string
  const editorLine = userIdFor('story-editor')

  const post = (path: string, body: unknown) =>
    fetch(`${server.baseUrl}${path}`, { body: JSON.stringify(body), headers: editor, method: 'POST' })
  const story = (slug: string, status: 'draft' | 'published') =>
    server.payload.create({
      collection: 'founder-stories',
      data: {
        _status: status,
        company: '合同会社いぶりがっこラボ',
        department: departmentId,
        founderName: '佐藤 花子',
        // Where the founder lives: not the residents the story is for.
        municipality: 'yokote',
        quote: '横手の漬物文化を、世界の食卓へ。',
        slug,
        title: '横手で漬物のスタートアップを起こす',
      } as never,
      draft: status === 'draft',
      overrideAccess: true,
    })
  /**
   * Where a button of a sent message leads: the analytics plugin gives every link of a delivery
   * its own tracked link (`/l/<code>`, a redirect), so what LINE gets is that, to the same target.
   */
  const targetOf = async (uri: string) => {
    const code = new URL(uri).pathname.match(/^\/l\/([^/]+)$/)?.[1]
    if (!code) return uri
    const res = await fetch(`${server.baseUrl}/l/${code}`, { redirect: 'manual' })
    expect(res.status).toBe(302)
    return res.headers.get('location')
  }
  const preview = async (document: number | string, mode: 'live' | 'test') => {
    const res = await post('/api/line-deliveries/preview', { collection: 'founder-stories', document, mode })
    expect(res.status).toBe(200)
    return ((await res.json()) as { messages: Flex[] }).messages[0]
  }

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startAppServer()
    departmentId = (await ensureDepartment(server.payload, 'sangyo', '産業政策課')).id
    const user = await createTestUser(server.payload, { department: departmentId, roles: ['editor'] })
    await server.payload.update({ collection: 'users', data: { lineUserIds: [editorLine] }, id: user.id, overrideAccess: true })
    editor = await loginHeaders(server.baseUrl, user)
    await bulkInsertSubscribers(server.payload, 200, { prefix: 'story' })
    // Residents of 秋田市, not of the founder's 横手市.
    const segment = { combinator: 'and' as const, municipalities: ['akita'], name: '秋田市' }
    segmentId = (await server.payload.create({ collection: 'line-segments', data: segment, overrideAccess: true })).id
  }, 120_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('has the 「LINEで配信」 panel in its edit view, as announcements do', () => {
    const panel = (slug: string) =>
      server.payload.collections[slug].config.fields.find((field) => 'name' in field && field.name === 'lineSend')
    expect(panel('founder-stories')).toMatchObject({ type: 'ui' })
    expect(panel('founder-stories')).toEqual(panel('announcements'))
  })

  it('previews a published story and test-sends it: headline, quote and a link to its public page', async () => {
    await resetEmulator(emu)
    const doc = await story('iburigakko-lab', 'published')
    const page = `${linePublicOrigin(server.payload)}/stories/iburigakko-lab`

    const shown = await preview(doc.id, 'test')
    expect(texts(shown)).toEqual(['横手で漬物のスタートアップを起こす', '横手の漬物文化を、世界の食卓へ。'])
    expect(actions(shown)).toEqual([{ label: '詳しく見る', type: 'uri', uri: page }])

    const res = await post('/api/line-deliveries', { collection: 'founder-stories', document: String(doc.id), mode: 'test' })
    expect(res.status).toBe(201)
    const created = ((await res.json()) as { doc: { documentTitle: string; id: number | string } }).doc
    expect(created.documentTitle).toBe('横手で漬物のスタートアップを起こす')
    const deadline = Date.now() + 20_000
    let progress: { status?: string } = {}
    while (progress.status !== 'done' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100))
      progress = await (await fetch(`${server.baseUrl}/api/line-deliveries/${created.id}/progress`, { headers: editor })).json()
    }
    expect(progress).toMatchObject({ sent: 1, status: 'done', total: 1 })

    // What LINE received, as the emulator recorded it.
    const received = await emulatorDeliveries(emu, `userId=${editorLine}&summary=0`)
    expect(received.perUser).toEqual({ [editorLine]: 1 })
    const messages = (received.messages as { messages: Flex[] }[]).flatMap((entry) => entry.messages)
    expect(messages).toHaveLength(1)
    expect(messages[0].altText).toBe('【秋田県】横手で漬物のスタートアップを起こす')
    // Headline and quote, and not the founder's home town as the message's 対象地域.
    expect(texts(messages[0])).toEqual(['横手で漬物のスタートアップを起こす', '横手の漬物文化を、世界の食卓へ。'])
    const [button] = actions(messages[0])
    expect(button).toMatchObject({ label: '詳しく見る', type: 'uri' })
    expect(await targetOf(button.uri)).toBe(page)
  })

  it('refuses to send a never-published story live, and its test message links to no page that does not exist', async () => {
    const draft = await story('not-yet-public', 'draft')
    expect(actions(await preview(draft.id, 'test'))).toEqual([])
    const before = (await server.payload.count({ collection: 'line-deliveries', overrideAccess: true })).totalDocs
    const res = await post('/api/line-deliveries', {
      collection: 'founder-stories',
      document: String(draft.id),
      mode: 'live',
      segments: [segmentId],
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toMatch(/公開されていない/)
    expect((await server.payload.count({ collection: 'line-deliveries', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('requests a live send to residents outside the founder’s town, frozen with the public page, for approval', async () => {
    const doc = await story('iburigakko-lab-2', 'published')
    const res = await post('/api/line-deliveries', {
      collection: 'founder-stories',
      document: String(doc.id),
      mode: 'live',
      scheduledAt: new Date(Date.now() + 86_400_000).toISOString(),
      segments: [segmentId],
    })
    expect(res.status).toBe(201)
    const created = ((await res.json()) as { doc: { id: number | string; municipalityOverride?: boolean; status: string } }).doc
    expect(created.status).toBe('awaiting_approval')
    expect(created.municipalityOverride).toBeFalsy()
    const delivery = await server.payload.findByID({ collection: 'line-deliveries', id: created.id, overrideAccess: true })
    const [button, ...others] = actions((delivery.messages as Flex[])[0])
    expect(others).toEqual([])
    expect(button).toMatchObject({ label: '詳しく見る', type: 'uri' })
    expect(await targetOf(button.uri)).toBe(`${linePublicOrigin(server.payload)}/stories/iburigakko-lab-2`)
  })
})
