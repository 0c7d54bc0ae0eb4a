import type { CollectionSlug } from 'payload'

import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { ideaInput, useIdeaBox } from './fixtures'

/**
 * The idea box's access matrix, proved cell by cell over HTTP. Fixtures belong to `staff`
 * (the author, voter, reporter or uploader) and ideas are addressed to the department of
 * `staff` and `editor`; `otherStaff` and `otherEditor` work in another department.
 * Y: the request succeeds and takes effect. N: it is refused (401/403/404) and changes nothing.
 */
const Y = true
const N = false
const WHO = ['anonymous', 'staff', 'otherStaff', 'editor', 'otherEditor', 'admin'] as const
type Who = (typeof WHO)[number]

//                                      anonymous staff otherStaff editor otherEditor admin
const MATRIX: Record<string, Record<string, boolean[]>> = {
  ideas: {
    read: /*                          */ [N, Y, Y, Y, Y, Y],
    create: /*                        */ [N, Y, Y, Y, Y, Y],
    update: /* title (the author's)   */ [N, Y, N, N, N, Y],
    delete: /*                        */ [N, N, N, N, N, Y],
  },
  'idea-votes': {
    read: /*                          */ [N, Y, N, N, N, Y],
    create: /*                        */ [N, Y, Y, Y, Y, Y],
    update: /* votes are immutable    */ [N, N, N, N, N, N],
    delete: /* withdraw               */ [N, Y, N, N, N, Y],
  },
  'idea-comments': {
    read: /*                          */ [N, Y, Y, Y, Y, Y],
    create: /*                        */ [N, Y, Y, Y, Y, Y],
    update: /* body (the author's)    */ [N, Y, N, N, N, N],
    delete: /* hard delete            */ [N, N, N, N, N, Y],
  },
  'idea-flags': {
    read: /*                          */ [N, Y, N, N, N, Y],
    create: /*                        */ [N, Y, Y, Y, Y, Y],
    update: /* mark reviewed          */ [N, N, N, N, N, Y],
    delete: /*                        */ [N, N, N, N, N, Y],
  },
  'idea-attachments': {
    read: /*                          */ [N, Y, Y, Y, Y, Y],
    create: /*                        */ [N, Y, Y, Y, Y, Y],
    update: /* description            */ [N, Y, N, N, N, Y],
    delete: /*                        */ [N, Y, N, N, N, Y],
  },
}

/** Field-level rights that the collection-level cells above do not show. */
//                                                   anonymous staff otherStaff editor otherEditor admin
const FIELDS: Record<string, boolean[]> = {
  'ideas.state (update)': /*                      */ [N, N, N, Y, N, Y],
  'ideas.officialAnswer (update)': /*             */ [N, N, N, Y, N, Y],
  'ideas.moderation (update)': /*                 */ [N, N, N, N, N, Y],
  'ideas.author of an anonymous idea (read)': /*  */ [N, Y, N, N, N, Y],
  'idea-comments.deleted (update: soft delete)': /**/ [N, Y, N, N, N, Y],
  'idea-comments.moderation (update)': /*         */ [N, N, N, N, N, Y],
}

const DENIED = [401, 403, 404]
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64')

describe('idea box access matrix (HTTP)', () => {
  // Removing the documents removes their files from the upload directory.
  const box = useIdeaBox({}, (payload) =>
    payload.delete({ collection: 'idea-attachments', overrideAccess: true, where: { id: { exists: true } } }),
  )
  let uploads = 0

  const payload = () => box.server.payload
  const headersOf = (who: Who) => box.cast.headers[who]
  const staffId = () => box.cast.users.staff.id

  const newIdea = async (overrides: Record<string, unknown> = {}) =>
    (
      await payload().create({
        collection: 'ideas',
        data: { ...ideaInput(box.cast.departments.digital), author: staffId(), ...overrides } as never,
      })
    ).id

  const fixtures: Record<string, () => Promise<number | string>> = {
    ideas: () => newIdea(),
    'idea-votes': async () =>
      (await payload().create({ collection: 'idea-votes', data: { idea: await newIdea(), voter: staffId() } as never })).id,
    'idea-comments': async () =>
      (
        await payload().create({
          collection: 'idea-comments',
          data: { author: staffId(), body: '庁内Wi-Fiの増設に賛成です。', idea: await newIdea(), stance: 'support' } as never,
        })
      ).id,
    'idea-flags': async () =>
      (await payload().create({ collection: 'idea-flags', data: { idea: await newIdea(), reason: 'spam', reporter: staffId() } as never }))
        .id,
    'idea-attachments': async () => {
      uploads += 1
      const doc = await payload().create({
        collection: 'idea-attachments',
        data: { description: '現行の回覧フロー', uploadedBy: staffId() } as never,
        file: { data: PNG, mimetype: 'image/png', name: `matrix-fixture-${uploads}.png`, size: PNG.length },
      })
      return doc.id
    },
  }

  const createRequest: Record<string, (who: Who) => Promise<{ status: number }>> = {
    ideas: (who) =>
      api(box.server.baseUrl, '/ideas', { body: ideaInput(box.cast.departments.digital), headers: headersOf(who), method: 'POST' }),
    'idea-votes': async (who) =>
      api(box.server.baseUrl, '/idea-votes', { body: { idea: await newIdea() }, headers: headersOf(who), method: 'POST' }),
    'idea-comments': async (who) =>
      api(box.server.baseUrl, '/idea-comments', {
        body: { body: '賛成です。', idea: await newIdea(), stance: 'support' },
        headers: headersOf(who),
        method: 'POST',
      }),
    'idea-flags': async (who) =>
      api(box.server.baseUrl, '/idea-flags', {
        body: { idea: await newIdea(), reason: 'off-topic' },
        headers: headersOf(who),
        method: 'POST',
      }),
    'idea-attachments': async (who) => {
      uploads += 1
      const form = new FormData()
      form.append('file', new Blob([PNG], { type: 'image/png' }), `matrix-${uploads}.png`)
      form.append('_payload', JSON.stringify({ description: '窓口の写真' }))
      const { 'content-type': _json, ...headers } = headersOf(who)
      const res = await fetch(`${box.server.baseUrl}/api/idea-attachments`, { body: form, headers, method: 'POST' })
      await res.text()
      return { status: res.status }
    },
  }

  const updates: Record<string, { data: Record<string, unknown>; field: string; value: unknown }> = {
    ideas: { data: { title: 'ペーパーレス会議を全庁で' }, field: 'title', value: 'ペーパーレス会議を全庁で' },
    'idea-votes': { data: { idea: 1 }, field: 'updatedAt', value: '__never__' },
    'idea-comments': { data: { body: '条件付きで賛成です。' }, field: 'body', value: '条件付きで賛成です。' },
    'idea-flags': { data: { status: 'reviewed' }, field: 'status', value: 'reviewed' },
    'idea-attachments': { data: { description: '改訂版のフロー図' }, field: 'description', value: '改訂版のフロー図' },
  }

  const stored = (collection: string, id: number | string) =>
    payload().findByID({
      collection: collection as CollectionSlug,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
    }) as Promise<null | Record<string, unknown>>
  const count = async (collection: string) =>
    (await payload().count({ collection: collection as CollectionSlug, overrideAccess: true })).totalDocs

  const cells = Object.entries(MATRIX).flatMap(([collection, ops]) =>
    Object.entries(ops).flatMap(([op, row]) => WHO.map((who, i) => ({ allowed: row[i], collection, op, who }))),
  )

  it.each(cells)('$collection $op by $who → $allowed', async ({ allowed, collection, op, who }) => {
    if (op === 'read') {
      const id = await fixtures[collection]()
      const res = await api(box.server.baseUrl, `/${collection}/${id}`, { headers: headersOf(who) })
      if (allowed) {
        expect(res.status).toBe(200)
        expect(String(res.json.id)).toBe(String(id))
      } else {
        expect(DENIED).toContain(res.status)
        expect(res.json.id).toBeUndefined()
      }
      // A list shows the same: the fixture is in it exactly when reading it is allowed.
      const list = await api(box.server.baseUrl, `/${collection}?limit=1000&depth=0`, { headers: headersOf(who) })
      const listed = (list.json.docs ?? []).some((d: { id: unknown }) => String(d.id) === String(id))
      expect(listed).toBe(allowed)
      return
    }
    if (op === 'create') {
      const before = await count(collection)
      const res = await createRequest[collection](who)
      if (allowed) {
        expect(res.status).toBe(201)
        expect(await count(collection)).toBe(before + 1)
      } else {
        expect(DENIED).toContain(res.status)
        // Fixture ideas for votes, comments and reports are created by the test itself.
        expect(await count(collection)).toBe(before)
      }
      return
    }
    const id = await fixtures[collection]()
    if (op === 'update') {
      const { data, field, value } = updates[collection]
      const res = await api(box.server.baseUrl, `/${collection}/${id}`, { body: data, headers: headersOf(who), method: 'PATCH' })
      const after = await stored(collection, id)
      if (allowed) {
        expect(res.status).toBe(200)
        expect(after?.[field]).toBe(value)
      } else {
        expect(DENIED).toContain(res.status)
        expect(after?.[field]).not.toBe(value)
      }
      return
    }
    const res = await api(box.server.baseUrl, `/${collection}/${id}`, { headers: headersOf(who), method: 'DELETE' })
    if (allowed) {
      expect(res.status).toBe(200)
      expect(await stored(collection, id)).toBeNull()
    } else {
      expect(DENIED).toContain(res.status)
      expect(await stored(collection, id)).not.toBeNull()
    }
  })

  const fieldCells = Object.entries(FIELDS).flatMap(([name, row]) => WHO.map((who, i) => ({ allowed: row[i], name, who })))

  const fieldChecks: Record<string, (who: Who) => Promise<{ effect: boolean; status: number }>> = {
    'ideas.state (update)': async (who) => {
      const id = await newIdea()
      const res = await api(box.server.baseUrl, `/ideas/${id}`, {
        body: { state: 'considering' },
        headers: headersOf(who),
        method: 'PATCH',
      })
      return { effect: (await stored('ideas', id))?.state === 'considering', status: res.status }
    },
    'ideas.officialAnswer (update)': async (who) => {
      const id = await newIdea()
      const text = '来年度の予算要求で検討します。'
      const res = await api(box.server.baseUrl, `/ideas/${id}`, {
        body: { officialAnswer: { text } },
        headers: headersOf(who),
        method: 'PATCH',
      })
      const after = (await stored('ideas', id)) as { officialAnswer?: { text?: string } }
      return { effect: after.officialAnswer?.text === text, status: res.status }
    },
    'ideas.moderation (update)': async (who) => {
      const id = await newIdea()
      const res = await api(box.server.baseUrl, `/ideas/${id}`, {
        body: { moderation: 'hidden' },
        headers: headersOf(who),
        method: 'PATCH',
      })
      return { effect: (await stored('ideas', id))?.moderation === 'hidden', status: res.status }
    },
    'ideas.author of an anonymous idea (read)': async (who) => {
      const id = await newIdea({ anonymous: true })
      const res = await api(box.server.baseUrl, `/ideas/${id}?depth=0`, { headers: headersOf(who) })
      return { effect: res.status === 200 && String(res.json.author) === String(staffId()), status: res.status }
    },
    'idea-comments.deleted (update: soft delete)': async (who) => {
      const id = await fixtures['idea-comments']()
      const res = await api(box.server.baseUrl, `/idea-comments/${id}`, {
        body: { deleted: true },
        headers: headersOf(who),
        method: 'PATCH',
      })
      return { effect: (await stored('idea-comments', id))?.deleted === true, status: res.status }
    },
    'idea-comments.moderation (update)': async (who) => {
      const id = await fixtures['idea-comments']()
      const res = await api(box.server.baseUrl, `/idea-comments/${id}`, {
        body: { moderation: 'hidden' },
        headers: headersOf(who),
        method: 'PATCH',
      })
      return { effect: (await stored('idea-comments', id))?.moderation === 'hidden', status: res.status }
    },
  }

  it.each(fieldCells)('$name by $who → $allowed', async ({ allowed, name, who }) => {
    const { effect, status } = await fieldChecks[name](who)
    expect(effect).toBe(allowed)
    // Reading an anonymous idea succeeds for colleagues; only the author field is withheld.
    if (name.endsWith('(read)')) expect(status).toBe(who === 'anonymous' ? 403 : 200)
    else if (allowed) expect(status).toBe(200)
    else expect(DENIED).toContain(status)
  })
})
