import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import sharp from 'sharp'

import { createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { bulkInsertSubscribers } from '@akita-dx/test-support/line'

const BODY_LIMIT = 64 * 1024
const UPLOAD_LIMIT = 2 * 1024 * 1024
const TOTAL = 60 * 1024 * 1024

type RawAnswer = { body: string; headers: http.IncomingHttpHeaders; sent: number; status?: number }

/**
 * A POST whose body is sent in chunks (respecting backpressure) until the server answers or
 * `total` bytes are out: `sent` says how much the client had written when the answer came. With
 * `declare`, the Content-Length of the whole body is announced and only the first chunk is sent.
 */
const postUntilAnswered = (url: string, { declare = false, headers = {} }: { declare?: boolean; headers?: Record<string, string> } = {}) =>
  new Promise<RawAnswer>((resolve, reject) => {
    const chunk = Buffer.alloc(64 * 1024, 0x61)
    const req = http.request(url, {
      headers: { 'content-type': 'application/json', ...(declare ? { 'content-length': String(TOTAL) } : {}), ...headers },
      method: 'POST',
    })
    let sent = 0
    let answered = false
    const timer = setTimeout(() => {
      req.destroy()
      reject(new Error(`no answer after ${sent} bytes`))
    }, 15_000)
    req.on('response', (res) => {
      answered = true
      const at = sent
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (text: string) => (body += text))
      res.on('end', () => {
        clearTimeout(timer)
        resolve({ body, headers: res.headers, sent: at, status: res.statusCode })
      })
    })
    req.on('error', (error) => {
      if (!answered) {
        clearTimeout(timer)
        reject(error)
      }
    })
    const pump = () => {
      while (!answered && sent < TOTAL) {
        sent += chunk.length
        const flushed = req.write(chunk)
        // A declared body stops after its first chunk whatever the socket says: the server must answer without the rest.
        if (declare) return
        if (!flushed) return void req.once('drain', pump)
      }
      if (!answered && !declare) req.end()
    }
    pump()
  })

/** A multipart body with one PNG of about `bytes` and Payload's `_payload` field. */
const uploadForm = async (bytes: number, data: Record<string, unknown>) => {
  const side = Math.ceil(Math.sqrt(bytes / 3))
  const png = await sharp({
    create: { background: '#1b5e9f', channels: 3, height: side, noise: { mean: 128, sigma: 60, type: 'gaussian' }, width: side },
  })
    .png({ compressionLevel: 0 })
    .toBuffer()
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'akita.png')
  return { form, size: png.length }
}

describe('request bodies and page sizes are limited', () => {
  let server: TestServer
  let editor: Record<string, string>
  let staff: Record<string, string>
  let admin: Record<string, string>

  beforeAll(async () => {
    server = await startAppServer({ app: { settings: { bodyLimit: BODY_LIMIT, uploadBodyLimit: UPLOAD_LIMIT } } })
    const dept = await ensureDepartment(server.payload, 'koho', '広報広聴課')
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['editor'] }))
    staff = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: dept.id, roles: ['staff'] }))
    admin = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['admin'] }))
  }, 120_000)
  afterAll(() => server?.close())

  it('refuses a declared body over the limit at once, before it is sent', async () => {
    const answer = await postUntilAnswered(`${server.baseUrl}/api/users`, { declare: true })
    expect(answer.status).toBe(413)
    expect(answer.headers.connection).toBe('close')
    expect(JSON.parse(answer.body)).toEqual({ errors: [{ message: expect.stringContaining('64 KB') }] })
    expect(answer.sent).toBeLessThanOrEqual(64 * 1024)
  })

  it('cuts a chunked body off where it passes the limit, with connection: close', async () => {
    const answer = await postUntilAnswered(`${server.baseUrl}/api/announcements`)
    expect(answer.status).toBe(413)
    expect(answer.headers.connection).toBe('close')
    expect(JSON.parse(answer.body).errors[0].message).toMatch(/64 KB/)
    expect(answer.sent).toBeLessThan(TOTAL / 4)
  })

  it('lets an upload collection take a larger multipart body, and only multipart', async () => {
    const { form, size } = await uploadForm(BODY_LIMIT * 4, { alt: '秋田の空' })
    expect(size).toBeGreaterThan(BODY_LIMIT)
    const { authorization } = editor
    const created = await fetch(`${server.baseUrl}/api/media`, { body: form, headers: { authorization }, method: 'POST' })
    expect(created.status).toBe(201)

    const attachment = (await uploadForm(BODY_LIMIT * 4, { description: '資料' })).form
    const attached = await fetch(`${server.baseUrl}/api/idea-attachments`, {
      body: attachment,
      headers: { authorization: staff.authorization },
      method: 'POST',
    })
    expect(attached.status).toBe(201)

    const tooBig = (await uploadForm(UPLOAD_LIMIT + 256 * 1024, { alt: '大きすぎる画像' })).form
    const refused = await fetch(`${server.baseUrl}/api/media`, { body: tooBig, headers: { authorization }, method: 'POST' })
    expect(refused.status).toBe(413)
    expect((await refused.json()).errors[0].message).toMatch(/2 MB/)

    const json = await fetch(`${server.baseUrl}/api/media`, {
      body: JSON.stringify({ alt: 'x'.repeat(BODY_LIMIT * 2) }),
      headers: editor,
      method: 'POST',
    })
    expect(json.status).toBe(413)
  })

  it('still serves ordinary writes under the limit', async () => {
    const res = await fetch(`${server.baseUrl}/api/departments`, {
      body: JSON.stringify({ code: 'bosai', name: '総合防災課' }),
      headers: admin,
      method: 'POST',
    })
    expect(res.status).toBe(201)
  })

  describe('page sizes of list reads', () => {
    const list = async (path: string, headers: Record<string, string> = admin) => {
      const res = await fetch(`${server.baseUrl}/api${path}`, { headers })
      expect(res.status).toBe(200)
      return (await res.json()) as { docs: unknown[]; hasNextPage: boolean; limit: number; totalDocs: number }
    }

    beforeAll(async () => {
      for (let i = 0; i < 105; i += 1) {
        await server.payload.create({ collection: 'departments', data: { code: `ka-${i}`, name: `テスト課${i}` }, overrideAccess: true })
      }
      await bulkInsertSubscribers(server.payload, 130, { prefix: 'limits' })
    }, 120_000)

    it('clamps limit=0, a huge limit, a negative one and pagination=false to 100, and says so', async () => {
      for (const query of [
        'limit=0',
        'limit=1000000',
        'limit=-1',
        'pagination=false',
        'limit=0&pagination=false',
        'limit[]=100000',
        '[limit]=0',
      ]) {
        const page = await list(`/departments?${query}&depth=0`)
        expect({ docs: page.docs.length, query }).toEqual({ docs: page.limit, query })
        expect(page.docs.length).toBeLessThanOrEqual(100)
        expect(page.totalDocs).toBeGreaterThan(100)
      }
      const page = await list('/departments?limit=1000000')
      expect(page).toMatchObject({ hasNextPage: true, limit: 100 })
      expect(page.docs).toHaveLength(100)
    })

    it('keeps a limit within the ceiling as it is', async () => {
      expect((await list('/departments?limit=7')).docs).toHaveLength(7)
      expect((await list('/departments?limit=100&page=2')).docs.length).toBeGreaterThan(0)
      expect((await list('/departments')).docs).toHaveLength(10)
    })

    it('clamps the collections plugins add, and versions', async () => {
      const residents = await list('/line-subscribers?limit=0&depth=0')
      expect(residents.docs).toHaveLength(100)
      expect(residents.totalDocs).toBe(130)
      const versions = await list('/announcements/versions?limit=0', editor)
      expect(versions.limit).toBe(100)
    })

    it('clamps a read sent as a POST with the method override the admin uses', async () => {
      const res = await fetch(`${server.baseUrl}/api/departments`, {
        body: 'limit=0&depth=0',
        headers: {
          authorization: admin.authorization,
          'content-type': 'application/x-www-form-urlencoded',
          'x-payload-http-method-override': 'GET',
        },
        method: 'POST',
      })
      expect(res.status).toBe(200)
      expect(((await res.json()) as { docs: unknown[] }).docs).toHaveLength(100)
    })
  })
})
