import { api } from '@akita-dx/test-support'
import { beforeAll, describe, expect, it } from '@jest/globals'

import { postIdea, readIdea, useIdeaBox } from './fixtures'

type Idea = Record<string, any>

describe('ideas', () => {
  const box = useIdeaBox()

  it('stores the author as the person signed in, whatever the request says', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { author: box.cast.users.admin.id })
    expect(String((await readIdea(box.server.payload, id)).author)).toBe(String(box.cast.users.staff.id))
  })

  it('lets only the target department’s editors and admins change the state, and records each change', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    for (const persona of ['staff', 'otherStaff', 'otherEditor'] as const) {
      const res = await api(box.server.baseUrl, `/ideas/${id}`, {
        body: { state: 'accepted' },
        headers: box.cast.headers[persona],
        method: 'PATCH',
      })
      expect([403, 404]).toContain(res.status)
    }
    // The author may not decide on their own idea either, and is told why.
    const own = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { state: 'accepted' },
      headers: box.cast.headers.staff,
      method: 'PATCH',
    })
    expect(own.json.errors?.[0]?.message).toContain('state')
    expect((await readIdea(box.server.payload, id)).state).toBe('open')

    expect(
      (await api(box.server.baseUrl, `/ideas/${id}`, { body: { state: 'considering' }, headers: box.cast.headers.editor, method: 'PATCH' }))
        .status,
    ).toBe(200)
    expect(
      (await api(box.server.baseUrl, `/ideas/${id}`, { body: { state: 'accepted' }, headers: box.cast.headers.admin, method: 'PATCH' }))
        .status,
    ).toBe(200)
    const stored = await readIdea(box.server.payload, id)
    expect(stored.state).toBe('accepted')
    expect(stored.stateHistory.map((h: Idea) => [h.from, h.to, String(h.changedBy)])).toEqual([
      ['open', 'considering', String(box.cast.users.editor.id)],
      ['considering', 'accepted', String(box.cast.users.admin.id)],
    ])
    expect(stored.stateChangedAt).toBeTruthy()
  })

  it('shows the author the history of state changes on their idea', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    await api(box.server.baseUrl, `/ideas/${id}`, { body: { state: 'considering' }, headers: box.cast.headers.editor, method: 'PATCH' })
    const seen = await api(box.server.baseUrl, `/ideas/${id}`, { headers: box.cast.headers.staff })
    expect(seen.status).toBe(200)
    expect(seen.json.state).toBe('considering')
    expect(seen.json.stateHistory).toHaveLength(1)
    expect(seen.json.stateHistory[0].to).toBe('considering')
    // The history is the department's record: nobody writes it by hand.
    await api(box.server.baseUrl, `/ideas/${id}`, { body: { stateHistory: [] }, headers: box.cast.headers.admin, method: 'PATCH' })
    expect((await readIdea(box.server.payload, id)).stateHistory).toHaveLength(1)
  })

  it('records who gave the official answer and when; staff cannot answer', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const refused = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { officialAnswer: { text: '自分で回答' } },
      headers: box.cast.headers.staff,
      method: 'PATCH',
    })
    expect(refused.status).toBe(403)
    expect(refused.json.errors?.[0]?.message).toContain('officialAnswer')
    const res = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: {
        officialAnswer: { answeredBy: box.cast.users.admin.id, text: '来年度から電子回覧を試行します。' },
      },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    expect(res.status).toBe(200)
    const stored = await readIdea(box.server.payload, id)
    expect(stored.officialAnswer.text).toBe('来年度から電子回覧を試行します。')
    expect(String(stored.officialAnswer.answeredBy)).toBe(String(box.cast.users.editor.id))
    expect(Date.now() - new Date(stored.officialAnswer.answeredAt).getTime()).toBeLessThan(60_000)
    expect(stored.awaitingAnswer).toBe(false)
  })

  it('keeps the content of an idea to its author (and admins)', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    const byEditor = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { title: '書き換え' },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    expect(byEditor.status).toBe(403)
    expect(byEditor.json.errors?.[0]?.message).toContain('title')
    expect(
      (
        await api(box.server.baseUrl, `/ideas/${id}`, {
          body: { title: '回覧文書を電子化したい（再提案）' },
          headers: box.cast.headers.staff,
          method: 'PATCH',
        })
      ).status,
    ).toBe(200)
    // Saving the whole document back, as the admin form does, is not a change of content.
    const full = (await api(box.server.baseUrl, `/ideas/${id}?depth=0`, { headers: box.cast.headers.editor })).json
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = full
    const resaved = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { ...rest, state: 'considering' },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    expect(resaved.status).toBe(200)
    expect((await readIdea(box.server.payload, id)).title).toBe('回覧文書を電子化したい（再提案）')
    // A body re-serialised with other keys but the same text is no change; new text is.
    const body = structuredClone(full.body)
    body.root.children[0].textFormat = 1
    expect(
      (await api(box.server.baseUrl, `/ideas/${id}`, { body: { body, state: 'open' }, headers: box.cast.headers.editor, method: 'PATCH' }))
        .status,
    ).toBe(200)
    body.root.children[0].children[0].text = '編集者が書き換えた本文'
    const rewritten = await api(box.server.baseUrl, `/ideas/${id}`, { body: { body }, headers: box.cast.headers.editor, method: 'PATCH' })
    expect(rewritten.status).toBe(403)
    expect(rewritten.json.errors?.[0]?.message).toContain('body')
  })

  describe('anonymous ideas', () => {
    let id: number | string
    beforeAll(async () => {
      id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, {
        anonymous: true,
        title: '上司への相談しづらさ',
      })
    })

    it('hide the author from colleagues but not from admins or the author', async () => {
      for (const persona of ['otherStaff', 'editor', 'otherEditor'] as const) {
        const res = await api(box.server.baseUrl, `/ideas/${id}`, { headers: box.cast.headers[persona] })
        expect(res.status).toBe(200)
        expect(res.json.author).toBeUndefined()
      }
      const list = await api(box.server.baseUrl, `/ideas?limit=100`, { headers: box.cast.headers.otherStaff })
      expect(list.json.docs.find((d: Idea) => String(d.id) === String(id))?.author).toBeUndefined()
      const admin = await api(box.server.baseUrl, `/ideas/${id}?depth=0`, { headers: box.cast.headers.admin })
      expect(String(admin.json.author)).toBe(String(box.cast.users.staff.id))
      const self = await api(box.server.baseUrl, `/ideas/${id}?depth=0`, { headers: box.cast.headers.staff })
      expect(String(self.json.author)).toBe(String(box.cast.users.staff.id))
    })

    it('cannot be found out by filtering or sorting on the author', async () => {
      const filter = `where[author][equals]=${box.cast.users.staff.id}`
      const byFilter = await api(box.server.baseUrl, `/ideas?${filter}`, { headers: box.cast.headers.otherStaff })
      expect(byFilter.status).toBe(403)
      const byName = await api(box.server.baseUrl, `/ideas?where[author.name][like]=職員`, { headers: box.cast.headers.editor })
      expect(byName.status).toBe(403)
      const bySort = await api(box.server.baseUrl, `/ideas?sort=author`, { headers: box.cast.headers.otherStaff })
      expect(bySort.status).toBe(403)
      const byCount = await api(box.server.baseUrl, `/ideas/count?${filter}`, { headers: box.cast.headers.otherStaff })
      expect(byCount.status).toBe(403)
      // Nor through the relation from one's own votes, comments or reports.
      await api(box.server.baseUrl, '/idea-votes', { body: { idea: id }, headers: box.cast.headers.otherStaff, method: 'POST' })
      for (const collection of ['idea-votes', 'idea-comments', 'idea-flags']) {
        const via = await api(box.server.baseUrl, `/${collection}?where[idea.author][equals]=${box.cast.users.staff.id}`, {
          headers: box.cast.headers.otherStaff,
        })
        expect([collection, via.status]).toEqual([collection, 403])
      }
      const viaSort = await api(box.server.baseUrl, '/idea-votes?sort=idea.author', { headers: box.cast.headers.otherStaff })
      expect(viaSort.status).toBe(403)
      // People can still list their own ideas, and admins can filter freely.
      const own = await api(box.server.baseUrl, `/ideas?${filter}`, { headers: box.cast.headers.staff })
      expect(own.status).toBe(200)
      expect(own.json.docs.map((d: Idea) => String(d.id))).toContain(String(id))
      const admin = await api(box.server.baseUrl, `/ideas?${filter}`, { headers: box.cast.headers.admin })
      expect(admin.json.docs.map((d: Idea) => String(d.id))).toContain(String(id))
    })
  })

  it('turns a 困りごと with an accepted answer into know-how, listed by the knowhow view', async () => {
    const problem = await postIdea(box.server.baseUrl, box.cast.headers.otherStaff, box.cast.departments.digital, {
      kind: 'problem',
      title: '庁内Wi-Fiに会議室でつながらない',
    })
    expect((await readIdea(box.server.payload, problem)).solved).toBe(false)
    await api(box.server.baseUrl, `/ideas/${problem}`, {
      body: {
        officialAnswer: { text: '会議室用SSID「akita-meeting」に職員証のIDで接続してください。' },
        state: 'accepted',
      },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    const stored = await readIdea(box.server.payload, problem)
    expect(stored.solved).toBe(true)
    expect(stored.searchText).toContain('akita-meeting')
    const view = await api(box.server.baseUrl, '/ideas/views/knowhow', { headers: box.cast.headers.staff })
    expect(view.status).toBe(200)
    expect(view.json.docs.map((d: Idea) => String(d.id))).toEqual([String(problem)])
    const filtered = await api(box.server.baseUrl, '/ideas?where[solved][equals]=true&where[searchText][like]=Wi-Fi', {
      headers: box.cast.headers.staff,
    })
    expect(filtered.json.docs.map((d: Idea) => String(d.id))).toEqual([String(problem)])
  })

  it('serves list views by votes, newest and awaiting an answer for the editor’s department', async () => {
    const a = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: 'RPAで給与入力を自動化' })
    const b = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: '電子決裁の範囲を拡大' })
    const c = await postIdea(box.server.baseUrl, box.cast.headers.otherStaff, box.cast.departments.kodomo, {
      title: '保育所入所申請のオンライン化',
    })
    for (const persona of ['staff', 'otherStaff', 'editor'] as const) {
      await api(box.server.baseUrl, '/idea-votes', { body: { idea: b }, headers: box.cast.headers[persona], method: 'POST' })
    }
    await api(box.server.baseUrl, '/idea-votes', { body: { idea: c }, headers: box.cast.headers.staff, method: 'POST' })
    const byVotes = await api(box.server.baseUrl, '/ideas/views/votes?limit=100', { headers: box.cast.headers.staff })
    const counts = byVotes.json.docs.map((d: Idea) => d.votesCount)
    expect(counts).toEqual([...counts].sort((x, y) => y - x))
    expect(String(byVotes.json.docs[0].id)).toBe(String(b))
    const newest = await api(box.server.baseUrl, '/ideas/views/newest?limit=3', { headers: box.cast.headers.staff })
    expect(newest.json.docs.map((d: Idea) => String(d.id))).toEqual([c, b, a].map(String))

    const awaiting = await api(box.server.baseUrl, '/ideas/views/awaiting?limit=100', { headers: box.cast.headers.editor })
    const ids = awaiting.json.docs.map((d: Idea) => String(d.id))
    expect(ids).toContain(String(a))
    expect(ids).not.toContain(String(c))
    expect(
      awaiting.json.docs.every((d: Idea) => d.awaitingAnswer && String(d.targetDepartment) === String(box.cast.departments.digital)),
    ).toBe(true)
    const kodomo = await api(box.server.baseUrl, '/ideas/views/awaiting?limit=100', { headers: box.cast.headers.otherEditor })
    expect(kodomo.json.docs.map((d: Idea) => String(d.id))).toEqual([String(c)])

    const bad = await api(box.server.baseUrl, '/ideas/views/popular', { headers: box.cast.headers.staff })
    expect(bad.status).toBe(400)
    expect(bad.json.errors?.[0]?.message).toContain('view')
    expect((await api(box.server.baseUrl, '/ideas/views/votes', { headers: box.cast.headers.anonymous })).status).toBe(401)
  })

  it('recounts counters on request of an admin', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    await api(box.server.baseUrl, '/idea-votes', { body: { idea: id }, headers: box.cast.headers.otherStaff, method: 'POST' })
    await box.server.payload.db.updateOne({ collection: 'ideas', data: { votesCount: 42 }, id })
    expect((await api(box.server.baseUrl, `/ideas/${id}/recount`, { headers: box.cast.headers.editor, method: 'POST' })).status).toBe(403)
    const res = await api(box.server.baseUrl, `/ideas/${id}/recount`, { headers: box.cast.headers.admin, method: 'POST' })
    expect(res.status).toBe(200)
    expect(res.json).toMatchObject({ commentsCount: 0, votesCount: 1 })
    expect((await readIdea(box.server.payload, id)).votesCount).toBe(1)
  })

  it('deletes votes, comments and reports with their idea', async () => {
    const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    await api(box.server.baseUrl, '/idea-votes', { body: { idea: id }, headers: box.cast.headers.otherStaff, method: 'POST' })
    const comment = await api(box.server.baseUrl, '/idea-comments', {
      body: { body: '賛成です', idea: id, stance: 'support' },
      headers: box.cast.headers.otherStaff,
      method: 'POST',
    })
    await api(box.server.baseUrl, '/idea-flags', {
      body: { comment: comment.json.doc.id, reason: 'spam' },
      headers: box.cast.headers.editor,
      method: 'POST',
    })
    await api(box.server.baseUrl, '/idea-flags', {
      body: { idea: id, reason: 'off-topic' },
      headers: box.cast.headers.editor,
      method: 'POST',
    })
    expect((await api(box.server.baseUrl, `/ideas/${id}`, { headers: box.cast.headers.admin, method: 'DELETE' })).status).toBe(200)
    for (const collection of ['idea-votes', 'idea-comments'] as const) {
      const left = await box.server.payload.count({ collection, overrideAccess: true, where: { idea: { equals: id } } })
      expect(left.totalDocs).toBe(0)
    }
    const flags = await box.server.payload.count({
      collection: 'idea-flags',
      overrideAccess: true,
      where: { targetKey: { in: [`idea:${id}`, `comment:${comment.json.doc.id}`] } },
    })
    expect(flags.totalDocs).toBe(0)
  })

  it('answers invalid input with 400 naming the field and stores nothing', async () => {
    const before = await box.server.payload.count({ collection: 'ideas', overrideAccess: true })
    const res = await api(box.server.baseUrl, '/ideas', {
      body: { kind: 'wish', title: '' },
      headers: box.cast.headers.staff,
      method: 'POST',
    })
    expect(res.status).toBe(400)
    const text = JSON.stringify(res.json)
    for (const field of ['kind', 'title', 'body', 'targetDepartment']) expect(text).toContain(field)
    expect((await box.server.payload.count({ collection: 'ideas', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })
})
