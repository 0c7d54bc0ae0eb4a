import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { startTestServer, type TestServer } from '../../../tests/helpers/server'
import { api, type Cast, createCast, postIdea, readIdea } from './fixtures'

type Idea = Record<string, any>

describe('ideas', () => {
  let server: TestServer
  let cast: Cast
  beforeAll(async () => {
    server = await startTestServer()
    cast = await createCast(server.payload, server.baseUrl)
  })
  afterAll(() => server?.close())

  it('stores the author as the person signed in, whatever the request says', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { author: cast.users.admin.id })
    expect(String((await readIdea(server.payload, id)).author)).toBe(String(cast.users.staff.id))
  })

  it('lets only the target department’s editors and admins change the state, and records each change', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    for (const persona of ['staff', 'otherStaff', 'otherEditor'] as const) {
      const res = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers[persona], { state: 'accepted' })
      expect([403, 404]).toContain(res.status)
    }
    // The author may not decide on their own idea either, and is told why.
    const own = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.staff, { state: 'accepted' })
    expect(own.body.errors?.[0]?.message).toContain('state')
    expect((await readIdea(server.payload, id)).state).toBe('open')

    expect((await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { state: 'considering' })).status).toBe(200)
    expect((await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.admin, { state: 'accepted' })).status).toBe(200)
    const stored = await readIdea(server.payload, id)
    expect(stored.state).toBe('accepted')
    expect(stored.stateHistory.map((h: Idea) => [h.from, h.to, String(h.changedBy)])).toEqual([
      ['open', 'considering', String(cast.users.editor.id)],
      ['considering', 'accepted', String(cast.users.admin.id)],
    ])
    expect(stored.stateChangedAt).toBeTruthy()
  })

  it('shows the author the history of state changes on their idea', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { state: 'considering' })
    const seen = await api<Idea>(server.baseUrl, 'GET', `/ideas/${id}`, cast.headers.staff)
    expect(seen.status).toBe(200)
    expect(seen.body.state).toBe('considering')
    expect(seen.body.stateHistory).toHaveLength(1)
    expect(seen.body.stateHistory[0].to).toBe('considering')
    // The history is the department's record: nobody writes it by hand.
    await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.admin, { stateHistory: [] })
    expect((await readIdea(server.payload, id)).stateHistory).toHaveLength(1)
  })

  it('records who gave the official answer and when; staff cannot answer', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const refused = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.staff, { officialAnswer: { text: '自分で回答' } })
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.message).toContain('officialAnswer')
    const res = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, {
      officialAnswer: { answeredBy: cast.users.admin.id, text: '来年度から電子回覧を試行します。' },
    })
    expect(res.status).toBe(200)
    const stored = await readIdea(server.payload, id)
    expect(stored.officialAnswer.text).toBe('来年度から電子回覧を試行します。')
    expect(String(stored.officialAnswer.answeredBy)).toBe(String(cast.users.editor.id))
    expect(Date.now() - new Date(stored.officialAnswer.answeredAt).getTime()).toBeLessThan(60_000)
    expect(stored.awaitingAnswer).toBe(false)
  })

  it('keeps the content of an idea to its author (and admins)', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    const byEditor = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { title: '書き換え' })
    expect(byEditor.status).toBe(403)
    expect(byEditor.body.errors?.[0]?.message).toContain('title')
    expect((await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.staff, { title: '回覧文書を電子化したい（再提案）' })).status).toBe(200)
    // Saving the whole document back, as the admin form does, is not a change of content.
    const full = (await api<Idea>(server.baseUrl, 'GET', `/ideas/${id}?depth=0`, cast.headers.editor)).body
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = full
    const resaved = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { ...rest, state: 'considering' })
    expect(resaved.status).toBe(200)
    expect((await readIdea(server.payload, id)).title).toBe('回覧文書を電子化したい（再提案）')
    // A body re-serialised with other keys but the same text is no change; new text is.
    const body = structuredClone(full.body)
    body.root.children[0].textFormat = 1
    expect((await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { body, state: 'open' })).status).toBe(200)
    body.root.children[0].children[0].text = '編集者が書き換えた本文'
    const rewritten = await api(server.baseUrl, 'PATCH', `/ideas/${id}`, cast.headers.editor, { body })
    expect(rewritten.status).toBe(403)
    expect(rewritten.body.errors?.[0]?.message).toContain('body')
  })

  describe('anonymous ideas', () => {
    let id: number | string
    beforeAll(async () => {
      id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { anonymous: true, title: '上司への相談しづらさ' })
    })

    it('hide the author from colleagues but not from admins or the author', async () => {
      for (const persona of ['otherStaff', 'editor', 'otherEditor'] as const) {
        const res = await api<Idea>(server.baseUrl, 'GET', `/ideas/${id}`, cast.headers[persona])
        expect(res.status).toBe(200)
        expect(res.body.author).toBeUndefined()
      }
      const list = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', `/ideas?limit=100`, cast.headers.otherStaff)
      expect(list.body.docs.find((d) => String(d.id) === String(id))?.author).toBeUndefined()
      const admin = await api<Idea>(server.baseUrl, 'GET', `/ideas/${id}?depth=0`, cast.headers.admin)
      expect(String(admin.body.author)).toBe(String(cast.users.staff.id))
      const self = await api<Idea>(server.baseUrl, 'GET', `/ideas/${id}?depth=0`, cast.headers.staff)
      expect(String(self.body.author)).toBe(String(cast.users.staff.id))
    })

    it('cannot be found out by filtering or sorting on the author', async () => {
      const filter = `where[author][equals]=${cast.users.staff.id}`
      const byFilter = await api(server.baseUrl, 'GET', `/ideas?${filter}`, cast.headers.otherStaff)
      expect(byFilter.status).toBe(403)
      const byName = await api(server.baseUrl, 'GET', `/ideas?where[author.name][like]=職員`, cast.headers.editor)
      expect(byName.status).toBe(403)
      const bySort = await api(server.baseUrl, 'GET', `/ideas?sort=author`, cast.headers.otherStaff)
      expect(bySort.status).toBe(403)
      const byCount = await api(server.baseUrl, 'GET', `/ideas/count?${filter}`, cast.headers.otherStaff)
      expect(byCount.status).toBe(403)
      // Nor through the relation from one's own votes, comments or reports.
      await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: id })
      for (const collection of ['idea-votes', 'idea-comments', 'idea-flags']) {
        const via = await api(server.baseUrl, 'GET', `/${collection}?where[idea.author][equals]=${cast.users.staff.id}`, cast.headers.otherStaff)
        expect([collection, via.status]).toEqual([collection, 403])
      }
      const viaSort = await api(server.baseUrl, 'GET', '/idea-votes?sort=idea.author', cast.headers.otherStaff)
      expect(viaSort.status).toBe(403)
      // People can still list their own ideas, and admins can filter freely.
      const own = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', `/ideas?${filter}`, cast.headers.staff)
      expect(own.status).toBe(200)
      expect(own.body.docs.map((d) => String(d.id))).toContain(String(id))
      const admin = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', `/ideas?${filter}`, cast.headers.admin)
      expect(admin.body.docs.map((d) => String(d.id))).toContain(String(id))
    })
  })

  it('turns a 困りごと with an accepted answer into know-how, listed by the knowhow view', async () => {
    const problem = await postIdea(server.baseUrl, cast.headers.otherStaff, cast.departments.digital, {
      kind: 'problem',
      title: '庁内Wi-Fiに会議室でつながらない',
    })
    expect((await readIdea(server.payload, problem)).solved).toBe(false)
    await api(server.baseUrl, 'PATCH', `/ideas/${problem}`, cast.headers.editor, {
      officialAnswer: { text: '会議室用SSID「akita-meeting」に職員証のIDで接続してください。' },
      state: 'accepted',
    })
    const stored = await readIdea(server.payload, problem)
    expect(stored.solved).toBe(true)
    expect(stored.searchText).toContain('akita-meeting')
    const view = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', '/ideas/views/knowhow', cast.headers.staff)
    expect(view.status).toBe(200)
    expect(view.body.docs.map((d) => String(d.id))).toEqual([String(problem)])
    const filtered = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', '/ideas?where[solved][equals]=true&where[searchText][like]=Wi-Fi', cast.headers.staff)
    expect(filtered.body.docs.map((d) => String(d.id))).toEqual([String(problem)])
  })

  it('serves list views by votes, newest and awaiting an answer for the editor’s department', async () => {
    const a = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: 'RPAで給与入力を自動化' })
    const b = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: '電子決裁の範囲を拡大' })
    const c = await postIdea(server.baseUrl, cast.headers.otherStaff, cast.departments.kodomo, { title: '保育所入所申請のオンライン化' })
    for (const persona of ['staff', 'otherStaff', 'editor'] as const) {
      await api(server.baseUrl, 'POST', '/idea-votes', cast.headers[persona], { idea: b })
    }
    await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.staff, { idea: c })
    const byVotes = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', '/ideas/views/votes?limit=100', cast.headers.staff)
    const counts = byVotes.body.docs.map((d) => d.votesCount)
    expect(counts).toEqual([...counts].sort((x, y) => y - x))
    expect(String(byVotes.body.docs[0].id)).toBe(String(b))
    const newest = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', '/ideas/views/newest?limit=3', cast.headers.staff)
    expect(newest.body.docs.map((d) => String(d.id))).toEqual([c, b, a].map(String))

    const awaiting = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', '/ideas/views/awaiting?limit=100', cast.headers.editor)
    const ids = awaiting.body.docs.map((d) => String(d.id))
    expect(ids).toContain(String(a))
    expect(ids).not.toContain(String(c))
    expect(awaiting.body.docs.every((d) => d.awaitingAnswer && String(d.targetDepartment) === String(cast.departments.digital))).toBe(true)
    const kodomo = await api<{ docs: Idea[] }>(server.baseUrl, 'GET', '/ideas/views/awaiting?limit=100', cast.headers.otherEditor)
    expect(kodomo.body.docs.map((d) => String(d.id))).toEqual([String(c)])

    const bad = await api(server.baseUrl, 'GET', '/ideas/views/popular', cast.headers.staff)
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0]?.message).toContain('view')
    expect((await api(server.baseUrl, 'GET', '/ideas/views/votes', cast.headers.anonymous)).status).toBe(401)
  })

  it('recounts counters on request of an admin', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: id })
    await server.payload.db.updateOne({ collection: 'ideas', data: { votesCount: 42 }, id })
    expect((await api(server.baseUrl, 'POST', `/ideas/${id}/recount`, cast.headers.editor)).status).toBe(403)
    const res = await api(server.baseUrl, 'POST', `/ideas/${id}/recount`, cast.headers.admin)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ commentsCount: 0, votesCount: 1 })
    expect((await readIdea(server.payload, id)).votesCount).toBe(1)
  })

  it('deletes votes, comments and reports with their idea', async () => {
    const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
    await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: id })
    const comment = await api<{ doc: Idea }>(server.baseUrl, 'POST', '/idea-comments', cast.headers.otherStaff, { body: '賛成です', idea: id, stance: 'support' })
    await api(server.baseUrl, 'POST', '/idea-flags', cast.headers.editor, { comment: comment.body.doc.id, reason: 'spam' })
    await api(server.baseUrl, 'POST', '/idea-flags', cast.headers.editor, { idea: id, reason: 'off-topic' })
    expect((await api(server.baseUrl, 'DELETE', `/ideas/${id}`, cast.headers.admin)).status).toBe(200)
    for (const collection of ['idea-votes', 'idea-comments'] as const) {
      const left = await server.payload.count({ collection, overrideAccess: true, where: { idea: { equals: id } } })
      expect(left.totalDocs).toBe(0)
    }
    const flags = await server.payload.count({
      collection: 'idea-flags',
      overrideAccess: true,
      where: { targetKey: { in: [`idea:${id}`, `comment:${comment.body.doc.id}`] } },
    })
    expect(flags.totalDocs).toBe(0)
  })

  it('answers invalid input with 400 naming the field and stores nothing', async () => {
    const before = await server.payload.count({ collection: 'ideas', overrideAccess: true })
    const res = await api(server.baseUrl, 'POST', '/ideas', cast.headers.staff, { kind: 'wish', title: '' })
    expect(res.status).toBe(400)
    const text = JSON.stringify(res.body)
    for (const field of ['kind', 'title', 'body', 'targetDepartment']) expect(text).toContain(field)
    expect((await server.payload.count({ collection: 'ideas', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})
