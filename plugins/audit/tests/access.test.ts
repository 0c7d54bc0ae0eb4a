import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { recordAuditEvent } from '@akita-dx/plugin-core'
import { api, createTestUser, ensureDepartment, loginHeaders, type TestServer } from '@akita-dx/test-support'

import { AUDIT_EVENTS } from '../constants'
import { pruneAuditEvents } from '../retention/prune'
import { startAudit } from './config'

type Doc = Record<string, any>
type Headers = Record<string, string>

describe('audit entries: nobody changes them, each role reads what it should, CSV export, retention', () => {
  let server: TestServer
  let payload: Payload
  const h: Record<'admin' | 'editor' | 'otherEditor' | 'staff', Headers> = {} as never
  let own: Doc
  let other: Doc

  const text = async (path: string, headers: Headers) => {
    const res = await fetch(`${server.baseUrl}/api${path}`, { headers })
    // Decoded with its byte order mark, which Response.text() would drop.
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer())
    return { body, headers: res.headers, status: res.status }
  }

  beforeAll(async () => {
    server = await startAudit({ maxExportRows: 5 })
    payload = server.payload
    const koho = await ensureDepartment(payload, 'koho', '広報広聴課')
    const kanko = await ensureDepartment(payload, 'kanko', '観光振興課')
    for (const [key, roles, department] of [
      ['admin', ['admin'], undefined],
      ['editor', ['editor'], koho.id],
      ['otherEditor', ['editor'], kanko.id],
      ['staff', ['staff'], koho.id],
    ] as const) {
      h[key] = await loginHeaders(server.baseUrl, await createTestUser(payload, { department, name: `${key} 職員`, roles: [...roles] }))
    }
    const notice = (title: string, department: unknown) =>
      api(server.baseUrl, '/notices', { body: { _status: 'published', department, title }, headers: h.admin, method: 'POST' })
    own = (await notice('広報の「お知らせ」, "引用"', koho.id)).json.doc
    other = (await notice('観光のお知らせ', kanko.id)).json.doc
  })
  afterAll(() => server?.close())

  const someEntry = async () => (await payload.find({ collection: AUDIT_EVENTS, limit: 1, overrideAccess: true })).docs[0] as Doc

  it('refuses every create, change and delete over REST, admins included', async () => {
    const entry = await someEntry()
    for (const headers of [h.admin, h.editor, {}]) {
      const created = await api(server.baseUrl, `/${AUDIT_EVENTS}`, { body: { action: 'login' }, headers, method: 'POST' })
      const changed = await api(server.baseUrl, `/${AUDIT_EVENTS}/${entry.id}`, { body: { note: '改ざん' }, headers, method: 'PATCH' })
      const deleted = await api(server.baseUrl, `/${AUDIT_EVENTS}/${entry.id}`, { headers, method: 'DELETE' })
      const bulk = await api(server.baseUrl, `/${AUDIT_EVENTS}?where[id][exists]=true`, { headers, method: 'DELETE' })
      expect([created.status, changed.status, deleted.status, bulk.status]).toEqual([403, 403, 403, 403])
    }
    expect(await someEntry()).toMatchObject({ id: entry.id, note: entry.note })
  })

  it('refuses change and delete through the Local API, with and without overrideAccess', async () => {
    const entry = await someEntry()
    const adminUser = (await payload.find({ collection: 'users', where: { roles: { contains: 'admin' } } })).docs[0]
    for (const overrideAccess of [false, true]) {
      const user = overrideAccess ? undefined : adminUser
      await expect(payload.update({ collection: AUDIT_EVENTS, data: { note: 'x' }, id: entry.id, overrideAccess, user })).rejects.toThrow()
      await expect(payload.delete({ collection: AUDIT_EVENTS, id: entry.id, overrideAccess, user })).rejects.toThrow()
    }
    await expect(
      payload.create({ collection: AUDIT_EVENTS, data: { action: 'login' }, overrideAccess: false, user: adminUser }),
    ).rejects.toThrow()
    expect(await someEntry()).toMatchObject({ id: entry.id, note: entry.note })
  })

  it('lets admins read all, editors their department’s, and nobody else any', async () => {
    const ids = async (headers: Headers) => {
      const res = await api(server.baseUrl, `/${AUDIT_EVENTS}?limit=100&depth=0&where[collection][equals]=notices`, { headers })
      return res.status === 200 ? (res.json.docs as Doc[]).map((d) => d.documentId) : res.status
    }
    expect(await ids(h.admin)).toEqual(expect.arrayContaining([String(own.id), String(other.id)]))
    expect(await ids(h.editor)).toContain(String(own.id))
    expect(await ids(h.editor)).not.toContain(String(other.id))
    expect(await ids(h.otherEditor)).toContain(String(other.id))
    expect(await ids(h.otherEditor)).not.toContain(String(own.id))
    expect(await ids(h.staff)).toBe(403)
    expect(await ids({})).toBe(403)
  })

  it('exports the filtered entries as CSV for Excel, in Japan time, and records the export', async () => {
    const res = await text(`/${AUDIT_EVENTS}/export?where[collection][equals]=notices`, h.editor)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/csv')
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="audit-events_\d{4}-\d{2}-\d{2}\.csv"/)
    expect(res.body.startsWith('\uFEFF日時,操作,利用者,所属課,対象の種類,対象 ID,対象,変更内容,下書きのみ,備考\r\n')).toBe(true)
    const lines = res.body.trim().split('\r\n').slice(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2},作成,admin 職員,広報広聴課,お知らせ,\d+,"広報の「お知らせ」, ""引用""",,,$/,
    )
    const exports = await payload.find({ collection: AUDIT_EVENTS, overrideAccess: true, where: { action: { equals: 'export' } } })
    expect(exports.docs[0]).toMatchObject({ collection: AUDIT_EVENTS, note: expect.stringContaining('1 件を CSV で出力') })
  })

  it('refuses an export too large, a filter on an unknown field, and staff', async () => {
    for (let i = 0; i < 6; i += 1) await recordAuditEvent({ payload }, { action: 'login', department: null, user: null })
    const tooMany = await api(server.baseUrl, `/${AUDIT_EVENTS}/export`, { headers: h.admin })
    expect(tooMany.status).toBe(400)
    expect(tooMany.json.errors[0].message).toMatch(/一度に出力できるのは 5 件まで/)
    const bad = await api(server.baseUrl, `/${AUDIT_EVENTS}/export?where[nope][equals]=1`, { headers: h.admin })
    expect(bad.status).toBe(400)
    expect((await api(server.baseUrl, `/${AUDIT_EVENTS}/export`, { headers: h.staff })).status).toBe(403)
    expect((await api(server.baseUrl, `/${AUDIT_EVENTS}/export`, {})).status).toBe(401)
  })

  it('deletes entries past the retention period and keeps the rest', async () => {
    const old = await payload.create({ collection: AUDIT_EVENTS, data: { action: 'login', note: '古い記録' }, overrideAccess: true })
    await payload.db.updateOne({ collection: AUDIT_EVENTS, data: { createdAt: '2020-01-01T00:00:00.000Z' }, id: old.id })
    const before = (await payload.count({ collection: AUDIT_EVENTS, overrideAccess: true })).totalDocs
    const cutoff = await pruneAuditEvents(payload, new Date('2026-12-01T00:00:00Z'))
    expect(cutoff?.toISOString()).toBe('2021-12-02T00:00:00.000Z')
    expect((await payload.count({ collection: AUDIT_EVENTS, overrideAccess: true })).totalDocs).toBe(before - 1)
    expect(await payload.findByID({ collection: AUDIT_EVENTS, disableErrors: true, id: old.id, overrideAccess: true })).toBeNull()
  })
})
