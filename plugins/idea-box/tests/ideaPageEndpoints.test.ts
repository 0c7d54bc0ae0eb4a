import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { threadOrder } from '../endpoints/threadOrder'
import { postIdea, readIdea, useIdeaBox } from './fixtures'

describe('idea page endpoints', () => {
  const box = useIdeaBox({ openVoteLimit: 50 })
  const call = (path: string, persona: keyof typeof box.cast.headers, method = 'GET', body?: unknown) =>
    api(box.server.baseUrl, path, { body, headers: box.cast.headers[persona], method })

  describe('POST / DELETE /api/ideas/:id/vote', () => {
    it('holds exactly one vote when one person sends 50 POSTs at once, each answered 200', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      const results = await Promise.all(Array.from({ length: 50 }, () => call(`/ideas/${idea}/vote`, 'otherStaff', 'POST')))
      expect(results.map((r) => r.status)).toEqual(Array(50).fill(200))
      expect(results.every((r) => r.json.voted === true)).toBe(true)
      const votes = await box.server.payload.count({ collection: 'idea-votes', overrideAccess: true, where: { idea: { equals: idea } } })
      expect(votes.totalDocs).toBe(1)
      expect((await readIdea(box.server.payload, idea)).votesCount).toBe(1)
      expect((await call(`/ideas/${idea}/vote`, 'otherStaff', 'POST')).json).toEqual({ voted: true, votesCount: 1 })
    })

    it('withdraws the vote and answers the new count; withdrawing again changes nothing', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      await call(`/ideas/${idea}/vote`, 'editor', 'POST')
      expect((await call(`/ideas/${idea}/vote`, 'editor', 'DELETE')).json).toEqual({ voted: false, votesCount: 0 })
      expect((await call(`/ideas/${idea}/vote`, 'editor', 'DELETE')).json).toEqual({ voted: false, votesCount: 0 })
      expect((await readIdea(box.server.payload, idea)).votesCount).toBe(0)
    })

    it('refuses votes on a decided idea with 409 and the collection message, and keeps the vote there', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      await call(`/ideas/${idea}/vote`, 'otherStaff', 'POST')
      await box.server.payload.update({ id: idea, collection: 'ideas', data: { state: 'accepted' } })
      const vote = await call(`/ideas/${idea}/vote`, 'otherEditor', 'POST')
      expect(vote.status).toBe(409)
      expect(vote.json.errors[0].message).toBe('「採用」の提案には投票できません')
      const withdraw = await call(`/ideas/${idea}/vote`, 'otherStaff', 'DELETE')
      expect(withdraw.status).toBe(409)
      expect(withdraw.json.errors[0].message).toBe('「採用」の提案への投票は取り消せません')
    })

    it('answers 401 without a session, 404 for unknown and non-numeric ids', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      expect((await call(`/ideas/${idea}/vote`, 'anonymous', 'POST')).status).toBe(401)
      for (const id of ['999999', 'abc']) {
        const res = await call(`/ideas/${id}/vote`, 'staff', 'POST')
        expect(res.status).toBe(404)
        expect(res.json.errors[0].message).toContain('見つかりません')
      }
    })
  })

  describe('POST / DELETE /api/ideas/:id/follow', () => {
    it('lets the author follow their idea from the start and others follow and unfollow it', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      expect((await call(`/ideas/${idea}/thread`, 'staff')).json.following).toBe(true)
      expect((await call(`/ideas/${idea}/follow`, 'otherStaff', 'POST')).json).toEqual({ following: true })
      expect((await call(`/ideas/${idea}/follow`, 'otherStaff', 'POST')).json).toEqual({ following: true })
      const follows = await call(`/idea-follows?depth=0&where[idea][equals]=${idea}`, 'otherStaff')
      expect(follows.json.docs.map((f: { follower: unknown }) => f.follower)).toEqual([box.cast.users.otherStaff.id])
      expect((await call(`/ideas/${idea}/follow`, 'otherStaff', 'DELETE')).json).toEqual({ following: false })
      expect((await call(`/ideas/${idea}/thread`, 'otherStaff')).json.following).toBe(false)
    })
  })

  describe('GET /api/ideas/:id/thread', () => {
    it('lists comments parent first, hides deleted text from colleagues and carries the official answer', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      const post = async (persona: 'editor' | 'otherStaff' | 'staff', body: string, parent?: unknown) =>
        (await call('/idea-comments', persona, 'POST', { body, idea, parent, stance: 'support' })).json.doc.id
      const first = await post('otherStaff', '最初のコメント')
      const second = await post('editor', '二つ目のコメント')
      const reply = await post('staff', '最初への返信', first)
      await call(`/idea-comments/${second}`, 'editor', 'PATCH', { deleted: true })
      await call(`/ideas/${idea}`, 'editor', 'PATCH', { officialAnswer: { text: '来年度から実施します' }, state: 'considering' })

      const thread = await call(`/ideas/${idea}/thread`, 'otherStaff')
      expect(thread.status).toBe(200)
      expect(thread.json.comments.map((c: { id: unknown }) => c.id)).toEqual([first, reply, second])
      expect(thread.json.comments[1]).toMatchObject({
        author: '職員 一郎',
        body: '最初への返信',
        depth: 2,
        parent: first,
        stance: 'support',
      })
      expect(thread.json.comments[2]).toMatchObject({ body: null, deleted: true })
      expect(thread.json.officialAnswer).toMatchObject({ answeredBy: '編集 花子', text: '来年度から実施します' })
      expect(thread.json.state).toBe('considering')
      const asAdmin = await call(`/ideas/${idea}/thread`, 'admin')
      expect(asAdmin.json.comments[2].body).toBe('二つ目のコメント')
    })

    it('answers 404 for an idea the caller cannot read', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      await box.server.payload.update({ id: idea, collection: 'ideas', data: { moderation: 'hidden' } })
      expect((await call(`/ideas/${idea}/thread`, 'otherStaff')).status).toBe(404)
      expect((await call(`/ideas/${idea}/thread`, 'staff')).status).toBe(200)
    })
  })

  it('orders replies under their parent, siblings oldest first', () => {
    const order = threadOrder([
      { createdAt: '2026-01-03', id: 3, parent: 1 },
      { createdAt: '2026-01-01', id: 1, parent: null },
      { createdAt: '2026-01-02', id: 2, parent: null },
      { createdAt: '2026-01-04', id: 4, parent: 99 },
    ])
    expect(order.map((c) => c.id)).toEqual([1, 3, 2, 4])
  })
})
