import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, errorMessage, loginHeaders } from '@akita-dx/test-support'
import { generatedSubscriber, insertSubscribers } from '@akita-dx/test-support/line'

import { type LineTestServer, startLineTestServer } from './helpers/boot'

type Headers = Record<string, string>

/**
 * A municipality's office in the prefecture's admin (横手市 広報): it writes for 横手市 and sends
 * to the followers registered there, and nobody else, whatever a request asks for. The
 * prefecture's editors reach everyone.
 */
describe('municipal editors send to their own municipality only', () => {
  let server: LineTestServer
  const h = {} as Record<'prefecture' | 'yokote', Headers>
  const call = (who: keyof typeof h, path: string, method = 'GET', body?: unknown) =>
    fetch(`${server.baseUrl}/api${path}`, { body: body === undefined ? undefined : JSON.stringify(body), headers: h[who], method }).then(
      async (res) => ({ body: (await res.json()) as any, status: res.status }),
    )
  const count = async (collection: 'line-deliveries' | 'line-segments') =>
    (await server.payload.count({ collection, overrideAccess: true })).totalDocs
  const prefectureSegment = (data: Record<string, unknown>) =>
    server.payload.create({ collection: 'line-segments', data: { combinator: 'and', ...data } as never, overrideAccess: true })

  beforeAll(async () => {
    server = await startLineTestServer()
    const dept = (code: string, name: string, municipality?: string) =>
      server.payload.create({ collection: 'departments', data: { code, municipality, name } as never, overrideAccess: true })
    const koho = await dept('koho', '広報広聴課')
    const yokote = await dept('yokote-koho', '横手市 広報広聴課', 'yokote')
    h.prefecture = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: koho.id, roles: ['editor'] }))
    h.yokote = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: yokote.id, roles: ['editor'] }))
    await insertSubscribers(server.payload, [
      { ...generatedSubscriber('scope', 0), municipality: 'yokote' },
      { ...generatedSubscriber('scope', 1), municipality: 'yokote' },
      { ...generatedSubscriber('scope', 2), municipality: 'akita' },
    ])
  }, 60_000)
  afterAll(() => server?.close())

  it('makes the office’s segments its own, starting from 横手市, and refuses any that reach beyond it', async () => {
    const made = await call('yokote', '/line-segments', 'POST', { combinator: 'and', name: '横手市の全員' })
    expect(made.status).toBe(201)
    expect(made.body.doc).toMatchObject({ municipalities: ['yokote'], ownerMunicipality: 'yokote' })

    const before = await count('line-segments')
    const neighbour = await call('yokote', '/line-segments', 'POST', { municipalities: ['yokote', 'yuzawa'], name: '横手と湯沢' })
    expect(neighbour.status).toBe(403)
    expect(errorMessage(neighbour.body)).toContain('セグメント「横手と湯沢」は横手市の外の人にも届きます')
    const widened = await call('yokote', '/line-segments', 'POST', {
      combinator: 'or',
      interests: ['bosai'],
      municipalities: ['yokote'],
      name: '横手市か防災',
    })
    expect(widened.status).toBe(403)
    expect(errorMessage(widened.body)).toBe(
      '横手市の組織からは、横手市に住むと登録した友だちにだけ配信できます。セグメント「横手市か防災」は横手市の外の人にも届きます。市町村に横手市だけを選んでください',
    )
    // Clearing the municipality later would reach every follower: refused, and the segment stays.
    expect((await call('yokote', `/line-segments/${made.body.doc.id}`, 'PATCH', { municipalities: [] })).status).toBe(403)
    expect((await call('yokote', `/line-segments/${made.body.doc.id}`)).body.municipalities).toEqual(['yokote'])
    expect(await count('line-segments')).toBe(before)
  })

  it('shows the office only its own segments and its own followers; the prefecture sees all', async () => {
    const prefecture = await prefectureSegment({ name: '県内全域' })
    const own = (await call('yokote', '/line-segments?limit=100')).body.docs.map((d: any) => d.name)
    expect(own).toContain('横手市の全員')
    expect(own).not.toContain('県内全域')
    expect((await call('yokote', `/line-segments/${prefecture.id}`)).status).toBe(404)
    // Payload answers a change outside the access constraint with 403, and changes nothing.
    expect((await call('yokote', `/line-segments/${prefecture.id}`, 'PATCH', { name: '乗っ取り' })).status).toBe(403)
    expect((await call('prefecture', `/line-segments/${prefecture.id}`)).body.name).toBe('県内全域')
    const all = (await call('prefecture', '/line-segments?limit=100')).body.docs.map((d: any) => d.name)
    expect(all).toEqual(expect.arrayContaining(['横手市の全員', '県内全域']))

    const followers = (await call('yokote', '/line-subscribers?limit=100')).body.docs.map((d: any) => d.municipality)
    expect(followers.length).toBeGreaterThanOrEqual(2)
    expect(new Set(followers)).toEqual(new Set(['yokote']))
    expect(new Set((await call('prefecture', '/line-subscribers?limit=100')).body.docs.map((d: any) => d.municipality))).toEqual(
      new Set(['akita', 'yokote']),
    )
  })

  it('fills in and keeps a document’s 対象市町村 to 横手市', async () => {
    const plain = await call('yokote', '/line-test-notices', 'POST', { title: 'かまくらの交通規制' })
    expect([plain.status, plain.body.doc.municipalities]).toEqual([201, ['yokote']])
    const elsewhere = await call('yokote', '/line-test-notices', 'POST', { municipalities: ['akita'], title: '秋田市のお知らせ' })
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.body.errors[0].data.errors[0].path).toBe('municipalities')
    const prefecture = await call('prefecture', '/line-test-notices', 'POST', { municipalities: ['akita'], title: '竿燈の交通規制' })
    expect(prefecture.status).toBe(201)
  })

  it('refuses a crafted live send to every resident with 403, and sends nothing; its own segment is accepted', async () => {
    const notice = (await call('yokote', '/line-test-notices', 'POST', { title: '除雪車の出動基準' })).body.doc.id
    const everyone = await prefectureSegment({ name: '全員（県）' })
    const own = (await call('yokote', '/line-segments', 'POST', { combinator: 'and', name: '横手市の除雪' })).body.doc.id
    const send = (who: keyof typeof h, segments: unknown[]) =>
      call(who, '/line-deliveries', 'POST', { collection: 'line-test-notices', document: String(notice), mode: 'live', segments })
    const before = await count('line-deliveries')
    const crafted = await send('yokote', [own, everyone.id])
    expect(crafted.status).toBe(403)
    expect(errorMessage(crafted.body)).toContain('セグメント「全員（県）」は横手市の外の人にも届きます')
    expect((await send('yokote', [everyone.id])).status).toBe(403)
    expect(await count('line-deliveries')).toBe(before)

    const accepted = await send('yokote', [own])
    expect(accepted.status).toBe(201)
    expect(accepted.body.doc).toMatchObject({ recipientEstimate: 2, status: 'awaiting_approval' })
    // The prefecture's delivery lists are the prefecture's: the office sees its own deliveries only.
    const mine = (await call('yokote', '/line-deliveries?limit=100')).body.docs.map((d: any) => d.id)
    expect(mine).toEqual([accepted.body.doc.id])
  })
})
