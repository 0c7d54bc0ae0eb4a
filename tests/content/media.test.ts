import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import sharp from 'sharp'

import { startAppServer } from '@akita-dx/test-support/app'
import type { TestServer } from '@akita-dx/test-support'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'

const PUBLIC_URL = 'https://www.pref.akita.example'

/**
 * Images editors upload: resized copies for the admin and for LINE's hero image (1040 × 676, the
 * 20:13 box), served back over HTTP, and used by the LINE message built from an announcement.
 */
describe('media uploads', () => {
  let server: TestServer
  let editor: Record<string, string>
  let departmentId: number | string
  const previousPublicUrl = process.env.PUBLIC_URL
  const mediaCount = async () => (await server.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

  const upload = (file: Blob, name: string, data: Record<string, unknown>, headers: Record<string, string> = editor) => {
    const form = new FormData()
    form.append('file', file, name)
    form.append('_payload', JSON.stringify(data))
    const { 'content-type': _json, ...auth } = headers
    return fetch(`${server.baseUrl}/api/media`, { body: form, headers: auth, method: 'POST' })
  }
  // A 2080 × 1560 photo-like PNG (4:3, as cameras take them).
  const photo = async () =>
    new Blob([
      new Uint8Array(
        await sharp({ create: { background: { b: 140, g: 90, r: 30 }, channels: 3, height: 1560, width: 2080 } })
          .png()
          .toBuffer(),
      ),
    ])

  beforeAll(async () => {
    process.env.PUBLIC_URL = PUBLIC_URL
    server = await startAppServer()
    departmentId = (await ensureDepartment(server.payload, 'koho', '広報広聴課')).id
    editor = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department: departmentId, roles: ['editor'] }))
  })
  afterAll(async () => {
    await server?.close()
    if (previousPublicUrl === undefined) delete process.env.PUBLIC_URL
    else process.env.PUBLIC_URL = previousPublicUrl
  })

  it('makes the admin thumbnail and LINE hero copies and serves them', async () => {
    const res = await upload(await photo(), 'kanto-matsuri.png', { alt: '竿燈まつりの夜の通り', credit: '秋田市' })
    expect(res.status).toBe(201)
    const { doc } = (await res.json()) as { doc: Record<string, any> }
    expect(doc).toMatchObject({ height: 1560, mimeType: 'image/png', width: 2080 })
    expect(doc.sizes.lineHero).toMatchObject({ height: 676, width: 1040 })
    expect(doc.sizes.thumbnail).toMatchObject({ height: 300, width: 400 })
    for (const url of [doc.url, doc.sizes.lineHero.url]) {
      const file = await fetch(new URL(url, server.baseUrl))
      expect(file.status).toBe(200)
      expect(file.headers.get('content-type')).toMatch(/^image\/png/)
      const meta = await sharp(Buffer.from(await file.arrayBuffer())).metadata()
      expect(meta.width).toBe(url === doc.url ? 2080 : 1040)
    }
  })

  it('refuses a file that is not an image, and anonymous uploads, storing nothing', async () => {
    const before = await mediaCount()
    const fake = await upload(new Blob(['<?php echo 1; ?>'], { type: 'image/png' }), 'photo.png', { alt: '偽の画像' })
    expect(fake.status).toBeGreaterThanOrEqual(400)
    expect(fake.status).toBeLessThan(500)
    const anonymous = await upload(await photo(), 'anon.png', { alt: '匿名' }, {})
    expect([401, 403]).toContain(anonymous.status)
    expect(await mediaCount()).toBe(before)
  })

  it('puts the LINE-sized copy in the hero of the message built from an announcement', async () => {
    const res = await upload(await photo(), 'yukimi.png', { alt: '横手のかまくら' })
    const { doc: image } = (await res.json()) as { doc: Record<string, any> }
    const announcement = await server.payload.create({
      collection: 'announcements',
      data: {
        _status: 'published',
        category: 'kanko',
        department: departmentId,
        heroImage: image.id,
        summary: '横手の雪まつりを開催します。',
        title: '横手の雪まつり',
      } as never,
      overrideAccess: true,
    })
    const preview = await fetch(`${server.baseUrl}/api/line-deliveries/preview`, {
      body: JSON.stringify({ collection: 'announcements', document: announcement.id, mode: 'live' }),
      headers: editor,
      method: 'POST',
    })
    expect(preview.status).toBe(200)
    const { messages } = (await preview.json()) as { messages: any[] }
    expect(messages[0].contents.hero).toMatchObject({ aspectRatio: '20:13', type: 'image' })
    expect(messages[0].contents.hero.url).toBe(new URL(image.sizes.lineHero.url, PUBLIC_URL).toString())
  })
})
