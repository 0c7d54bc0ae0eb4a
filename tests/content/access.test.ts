import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { idOf } from '@akita-dx/plugin-core/shared'

import { lexicalFromText } from '../../collections/subsidies/lexical'
import { startAppServer } from '@akita-dx/test-support/app'
import type { TestServer } from '@akita-dx/test-support'
import { createTestUser, ensureDepartment, loginHeaders } from '@akita-dx/test-support'
import { createSubsidy, getJson } from './fixtures'

/**
 * Generic REST access to content: drafts and internal fields never reach anonymous readers or
 * staff; editors write their own department's documents and unowned ones, admins everything.
 */
describe('content access through the generic REST API', () => {
  let server: TestServer
  let base: string
  let sangyo: { id: number | string }
  let koho: { id: number | string }
  let headers: Record<string, Record<string, string>>

  beforeAll(async () => {
    server = await startAppServer()
    base = `${server.baseUrl}/api`
    const p = server.payload
    sangyo = await ensureDepartment(p, 'sangyo', '地域産業振興課')
    koho = await ensureDepartment(p, 'koho', '広報広聴課')
    const users = {
      admin: await createTestUser(p, { roles: ['admin'] }),
      kohoEditor: await createTestUser(p, { department: koho.id, roles: ['editor'] }),
      sangyoEditor: await createTestUser(p, { department: sangyo.id, roles: ['editor'] }),
      staff: await createTestUser(p, { department: sangyo.id, roles: ['staff'] }),
    }
    headers = { anonymous: { 'content-type': 'application/json' } }
    for (const [name, user] of Object.entries(users)) headers[name] = await loginHeaders(server.baseUrl, user)

    await createSubsidy(p, { department: sangyo.id, internalMemo: '予算残りわずか', slug: 'pub', title: '公開中の補助金' })
    await createSubsidy(p, { department: sangyo.id, slug: 'draft', title: '下書きの補助金' }, { draft: true })
    for (const [title, status] of [
      ['公開済みのお知らせ', 'published'],
      ['下書きのお知らせ', 'draft'],
    ] as const) {
      await p.create({
        collection: 'announcements',
        data: { _status: status, category: 'bosai', department: koho.id, summary: '概要', title },
        draft: status === 'draft',
        overrideAccess: true,
      })
    }
  })
  afterAll(() => server?.close())

  const titles = async (path: string, who: string) => {
    const { body, status } = await getJson(`${base}${path}`, { headers: headers[who] })
    expect(status).toBe(200)
    return (body.docs as { title: string }[]).map((d) => d.title).sort()
  }

  it.each(['anonymous', 'staff'])('shows %s published documents only, even when asking for drafts', async (who) => {
    expect(await titles('/subsidies?limit=100', who)).toEqual(['公開中の補助金'])
    expect(await titles('/subsidies?draft=true&limit=100', who)).toEqual(['公開中の補助金'])
    expect(await titles('/announcements?draft=true', who)).toEqual(['公開済みのお知らせ'])
    const where = encodeURIComponent('下書き')
    expect(await titles(`/announcements?where[title][like]=${where}`, who)).toEqual([])
  })

  it('lets editors see drafts', async () => {
    expect(await titles('/subsidies?draft=true', 'kohoEditor')).toEqual(['下書きの補助金', '公開中の補助金'])
  })

  it('hides internal fields from anonymous readers but not from editors', async () => {
    const anon = await getJson(`${base}/subsidies?limit=1`, { headers: headers.anonymous })
    expect(JSON.stringify(anon.body)).not.toContain('予算残りわずか')
    expect(anon.body.docs[0].provenance?.snapshot).toBeUndefined()
    const editor = await getJson(`${base}/subsidies?limit=1`, { headers: headers.sangyoEditor })
    expect(editor.body.docs[0].internalMemo).toBe('予算残りわずか')
  })

  it('refuses writes by anonymous users and staff', async () => {
    for (const who of ['anonymous', 'staff']) {
      const res = await fetch(`${base}/announcements`, {
        body: JSON.stringify({ category: 'bosai', summary: '概要', title: '勝手な投稿' }),
        headers: headers[who],
        method: 'POST',
      })
      expect([who, res.status]).toEqual([who, 403])
    }
    expect((await server.payload.count({ collection: 'announcements', where: { title: { equals: '勝手な投稿' } } })).totalDocs).toBe(0)
  })

  it("lets an editor write their own department's and unowned documents, not another department's", async () => {
    const own = await fetch(`${base}/announcements`, {
      body: JSON.stringify({
        body: lexicalFromText('本文'),
        category: 'kanko',
        department: koho.id,
        summary: '夏祭り',
        title: '竿燈まつりのお知らせ',
      }),
      headers: headers.kohoEditor,
      method: 'POST',
    })
    expect(own.status).toBe(201)
    const ownId = ((await own.json()) as { doc: { id: number } }).doc.id

    const other = await fetch(`${base}/announcements`, {
      body: JSON.stringify({ category: 'kanko', department: sangyo.id, summary: '概要', title: '他課名義' }),
      headers: headers.kohoEditor,
      method: 'POST',
    })
    expect(other.status).toBe(403)

    const unowned = await fetch(`${base}/announcements`, {
      body: JSON.stringify({ category: 'gyosei', department: null, summary: '全課共通', title: '所管なしのお知らせ' }),
      headers: headers.sangyoEditor,
      method: 'POST',
    })
    expect(unowned.status).toBe(201)
    expect(((await unowned.json()) as { doc: { department: unknown } }).doc.department ?? null).toBeNull()

    // Without a department, a new document is the editor's own department's (the admin form shows it filled in).
    for (const collection of ['announcements', 'founder-stories', 'subsidies']) {
      const defaulted = await fetch(`${base}/${collection}?draft=true`, {
        body: JSON.stringify({ _status: 'draft', slug: `default-${collection}`, title: '担当課の既定値' }),
        headers: headers.sangyoEditor,
        method: 'POST',
      })
      expect([collection, defaulted.status]).toEqual([collection, 201])
      const { doc } = (await defaulted.json()) as { doc: { department: unknown } }
      expect([collection, idOf(doc.department)]).toEqual([collection, sangyo.id])
    }

    // The sangyo editor cannot edit koho's announcement, nor delete it.
    const patch = await fetch(`${base}/announcements/${ownId}`, {
      body: JSON.stringify({ title: '書き換え' }),
      headers: headers.sangyoEditor,
      method: 'PATCH',
    })
    expect(patch.status).toBe(403)
    const del = await fetch(`${base}/announcements/${ownId}`, { headers: headers.sangyoEditor, method: 'DELETE' })
    expect(del.status).toBe(403)
    const stored = await server.payload.findByID({ collection: 'announcements', id: ownId, overrideAccess: true })
    expect(stored.title).toBe('竿燈まつりのお知らせ')

    // Nor can the koho editor hand their announcement over to another department.
    const handOver = await fetch(`${base}/announcements/${ownId}`, {
      body: JSON.stringify({ department: sangyo.id }),
      headers: headers.kohoEditor,
      method: 'PATCH',
    })
    expect(handOver.status).toBe(403)

    // Admins can.
    const admin = await fetch(`${base}/announcements/${ownId}`, {
      body: JSON.stringify({ department: sangyo.id }),
      headers: headers.admin,
      method: 'PATCH',
    })
    expect(admin.status).toBe(200)
  })

  it('rejects a summary over 120 characters with a 400 naming the field', async () => {
    const res = await fetch(`${base}/announcements`, {
      body: JSON.stringify({ category: 'bosai', summary: 'あ'.repeat(121), title: '長すぎる概要' }),
      headers: headers.admin,
      method: 'POST',
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('summary')
  })

  it('requires alt text on media', async () => {
    const form = new FormData()
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64')
    form.append('file', new Blob([png], { type: 'image/png' }), 'dot.png')
    form.append('_payload', JSON.stringify({}))
    const { 'content-type': _omit, ...auth } = headers.admin
    const res = await fetch(`${base}/media`, { body: form, headers: auth, method: 'POST' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('alt')
  })
})
