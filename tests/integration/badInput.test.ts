import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'

import { textToLexical } from '@akita-dx/plugin-idea-box'
import { createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

type Answer = { json: { errors?: { field?: string; message: string }[] } | null; status: number; type: string }

/** A raw request: the path is sent as written (fetch would re-encode `%ff`), the body as given. */
const send = (base: string, method: string, path: string, body?: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    const req = http.request(`${base}${path}`, {
      headers: { ...(body === undefined ? {} : { 'content-length': String(Buffer.byteLength(body)) }), ...headers },
      method,
    })
    req.on('response', (res) => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (text += chunk))
      res.on('end', () => {
        let json: Answer['json']
        try {
          json = JSON.parse(text)
        } catch {
          json = null
        }
        resolve({ json, status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? '') })
      })
    })
    req.on('error', reject)
    req.end(body)
  })

const expectRefused = (answer: Answer, status?: number) => {
  expect(answer.status).toBeGreaterThanOrEqual(400)
  expect(answer.status).toBeLessThan(500)
  if (status) expect(answer.status).toBe(status)
  expect(answer.type).toMatch(/json/)
  expect(answer.json?.errors?.[0]?.message).toBeTruthy()
}

/**
 * Bad input of every kind is a 4xx with `{ errors: [{ message }] }` and writes nothing: ids that
 * cannot exist, comparisons the database cannot make, bodies Payload does not read, NUL characters,
 * routes of features a collection lacks, another user's preference.
 */
describe('bad input never gives a 500', () => {
  let server: TestServer
  let editor: Record<string, string>
  let admin: Record<string, string>
  let department: { id: number | string }
  const count = async (collection: string) =>
    (await server.payload.count({ collection: collection as never, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    server = await startAppServer()
    department = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: department.id, roles: ['editor'] }))
    admin = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['admin'] }))
    await server.payload.create({
      collection: 'announcements',
      data: { _status: 'published', category: 'bosai', department: department.id, summary: '概要', title: '既存のお知らせ' },
      overrideAccess: true,
    })
  }, 120_000)
  afterAll(() => server?.close())

  const announcement = (title: string) =>
    JSON.stringify({ _status: 'draft', category: 'bosai', department: department.id, summary: '概要', title })

  it.each([
    ['GET', '/api/announcements/abc'],
    ['PATCH', '/api/announcements/abc'],
    ['DELETE', '/api/announcements/abc'],
    ['GET', '/api/announcements/1.5'],
    ['GET', '/api/departments/99999999999999999999'],
    ['GET', '/api/users/abc'],
  ])('%s %s (an id that cannot exist) is a JSON 404', async (method, path) => {
    const before = await count('announcements')
    expectRefused(await send(server.baseUrl, method, path, method === 'PATCH' ? announcement('x') : undefined, editor), 404)
    expect(await count('announcements')).toBe(before)
  })

  it.each([
    'where[publishedAt][greater_than]=notadate',
    'where[createdAt][less_than_equal]=yesterday',
    'where[title][near]=1,2',
    'where[title][within][type]=Polygon',
    'where[department][equals]=abc',
    'where[department][in]=1,abc',
    'where[_status][equals]=nonsense',
    'where[title][bogus]=1',
    // No SQL adapter has `all`, whatever the field: a hasMany select, a hasMany relationship.
    'where[municipalities][all]=akita',
    'where[title][all]=x',
    // A select of one value is an enum on PostgreSQL, which cannot be matched as text.
    'where[category][contains]=bosai',
    'where[_status][like]=draft',
    'where[title][equals][a]=1',
    'where={broken',
    'page=0',
    'page=abc',
    'depth=-3',
    'sort=title&where[or][0][title][like]=%00',
  ])('GET /api/announcements?%s is a JSON 400', async (query) => {
    expectRefused(await send(server.baseUrl, 'GET', `/api/announcements?${query}`, undefined, editor), 400)
  })

  it('refuses a where nested deeper than the limit', async () => {
    let where = 'where'
    for (let i = 0; i < 40; i += 1) where += `[and][0]`
    expectRefused(await send(server.baseUrl, 'GET', `/api/announcements?${where}[title][equals]=x`, undefined, editor), 400)
  })

  it.each([
    ['text/plain', () => announcement('平文')],
    ['application/x-www-form-urlencoded', () => 'title=%E5%B9%B3&summary=x&category=bosai'],
    ['application/JSON', () => announcement('大文字')],
    ['', () => announcement('型なし')],
  ])('a create sent as %s is refused and writes nothing', async (type, body) => {
    const before = await count('announcements')
    const headers: Record<string, string> = { authorization: editor.authorization }
    if (type) headers['content-type'] = type
    const answer = await send(server.baseUrl, 'POST', '/api/announcements', body(), headers)
    expectRefused(answer)
    expect(await count('announcements')).toBe(before)
  })

  it('refuses deeply nested JSON and a JSON array body', async () => {
    const before = await count('announcements')
    const deep = `{"title":"深い","summary":"x","category":"bosai","links":${'['.repeat(5000)}${']'.repeat(5000)}}`
    expectRefused(await send(server.baseUrl, 'POST', '/api/announcements', deep, editor), 400)
    const nested = JSON.stringify({ ...JSON.parse(announcement('入れ子')), body: JSON.parse(`${'{"a":'.repeat(200)}1${'}'.repeat(200)}`) })
    expectRefused(await send(server.baseUrl, 'POST', '/api/announcements', nested, editor), 400)
    expectRefused(await send(server.baseUrl, 'POST', '/api/announcements', '[1,2]', editor), 400)
    expect(await count('announcements')).toBe(before)
  })

  it('refuses NUL characters in strings instead of cutting them', async () => {
    const before = await count('announcements')
    const answer = await send(server.baseUrl, 'POST', '/api/announcements', announcement('a\u0000b'), editor)
    expectRefused(answer, 400)
    expect(answer.json?.errors?.[0]?.field).toBe('title')
    expect(await count('announcements')).toBe(before)
    const existing = (await server.payload.find({ collection: 'announcements', overrideAccess: true })).docs[0]
    const update = await send(server.baseUrl, 'PATCH', `/api/announcements/${existing.id}`, JSON.stringify({ summary: 'x\u0000y' }), editor)
    expectRefused(update, 400)
    const stored = await server.payload.findByID({ collection: 'announcements', id: existing.id, overrideAccess: true })
    expect(stored.summary).toBe('概要')
    expect(stored.title).toBe('既存のお知らせ')
  })

  it.each(['/api/departments/versions', '/api/departments/versions/1', '/api/users/versions'])(
    'GET %s of a collection without versions is a JSON 404',
    async (path) => {
      expectRefused(await send(server.baseUrl, 'GET', path, undefined, admin), 404)
    },
  )

  it.each(['/l/%ff', '/api/announcements/%ff'])('GET %s (invalid UTF-8) is a 4xx', async (path) => {
    const answer = await send(server.baseUrl, 'GET', path, undefined, editor)
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(answer.status).toBeLessThan(500)
  })

  it.each(['limit=-1', 'where[title][equals]=%ff%fe', 'sort=%ff'])('GET /api/announcements?%s is answered without a 5xx', async (query) => {
    expect((await send(server.baseUrl, 'GET', `/api/announcements?${query}`, undefined, editor)).status).toBeLessThan(500)
  })

  it('refuses to delete a department an idea must point at (409, naming what refers to it) and keeps it', async () => {
    const author = await createTestUser(server.payload, { department: department.id, roles: ['staff'] })
    const target = await ensureDepartment(server.payload, 'doboku', '道路課')
    await server.payload.create({
      collection: 'ideas',
      data: {
        body: textToLexical('除雪の情報を地図で見たい'),
        category: 'digital',
        kind: 'idea',
        targetDepartment: target.id,
        title: '除雪マップ',
      },
      overrideAccess: false,
      user: await server.payload.findByID({ collection: 'users', id: author.id }),
    })
    const res = await send(server.baseUrl, 'DELETE', `/api/departments/${target.id}`, undefined, admin)
    expectRefused(res, 409)
    expect(res.json?.errors?.[0]?.message).toContain('アイデア')
    expect(await server.payload.findByID({ collection: 'departments', disableErrors: true, id: target.id })).not.toBeNull()
  })

  it('refuses a delete of many departments as a whole when one of them must stay (409), deleting none', async () => {
    const kept = await ensureDepartment(server.payload, 'doboku', '道路課')
    const spare = await ensureDepartment(server.payload, 'doboku-2', '道路課（旧）')
    const where = `where[id][in]=${kept.id},${spare.id}`
    const res = await send(server.baseUrl, 'DELETE', `/api/departments?${where}`, undefined, admin)
    expectRefused(res, 409)
    expect(res.json?.errors?.[0]?.message).toContain('アイデア')
    for (const id of [kept.id, spare.id])
      expect(await server.payload.findByID({ collection: 'departments', disableErrors: true, id })).not.toBeNull()
    // Without the one still pointed at, the rest goes.
    expect((await send(server.baseUrl, 'DELETE', `/api/departments?where[id][equals]=${spare.id}`, undefined, admin)).status).toBe(200)
  })

  it("answers 404 to deleting another user's preference and keeps it", async () => {
    const owner = await createTestUser(server.payload, { roles: ['staff'] })
    const ownerHeaders = await loginHeaders(server.baseUrl, owner)
    const saved = await send(
      server.baseUrl,
      'POST',
      '/api/payload-preferences/nav',
      JSON.stringify({ value: { open: true } }),
      ownerHeaders,
    )
    expect(saved.status).toBe(200)
    const other = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['staff'] }))
    expectRefused(await send(server.baseUrl, 'DELETE', '/api/payload-preferences/nav', undefined, other), 404)
    expectRefused(await send(server.baseUrl, 'DELETE', '/api/payload-preferences/none-at-all', undefined, ownerHeaders), 404)
    expect((await send(server.baseUrl, 'GET', '/api/payload-preferences/nav', undefined, ownerHeaders)).json).toMatchObject({
      value: { open: true },
    })
    expect((await send(server.baseUrl, 'DELETE', '/api/payload-preferences/nav', undefined, ownerHeaders)).status).toBe(200)
  })

  it('refuses a preference key holding NUL (PostgreSQL cannot compare it) and stores nothing', async () => {
    const headers = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['staff'] }))
    const json = { ...headers, 'content-type': 'application/json' }
    expectRefused(await send(server.baseUrl, 'POST', '/api/payload-preferences/%00', JSON.stringify({ value: 1 }), json), 400)
    expectRefused(await send(server.baseUrl, 'GET', '/api/payload-preferences/a%00b?where[updatedAt][exists]={}', undefined, headers), 404)
    expectRefused(await send(server.baseUrl, 'DELETE', '/api/payload-preferences/%00', undefined, headers), 404)
    const stored = await server.payload.find({ collection: 'payload-preferences', overrideAccess: true, pagination: false })
    expect(stored.docs.filter((doc) => String(doc.key).includes('\u0000'))).toEqual([])
  })

  it('refuses the same input through the Local API on behalf of a user', async () => {
    const user = (await server.payload.find({ collection: 'users', overrideAccess: true, where: { roles: { equals: 'editor' } } })).docs[0]
    const local = { collection: 'announcements' as const, overrideAccess: false, user }
    await expect(server.payload.find({ ...local, where: { publishedAt: { greater_than: 'notadate' } } })).rejects.toMatchObject({
      status: 400,
    })
    await expect(server.payload.findByID({ ...local, id: 'abc' })).rejects.toMatchObject({ status: 404 })
    await expect(
      server.payload.create({ ...local, data: { category: 'bosai', department: department.id, summary: 'x', title: 'a\u0000b' } as never }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('stays healthy', async () => {
    expect((await fetch(`${server.baseUrl}/healthz`)).status).toBe(200)
  })
})
