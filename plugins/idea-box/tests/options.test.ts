import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { postIdea, readIdea, useIdeaBox } from './fixtures'

describe('idea box options', () => {
  describe('openVoteLimit 2, flagThreshold 2, maxCommentDepth 2', () => {
    const box = useIdeaBox({ flagThreshold: 2, maxCommentDepth: 2, openVoteLimit: 2 })

    it('limits the votes a person holds on open ideas, and frees a place when an idea closes', async () => {
      const ideas = []
      for (let i = 0; i < 3; i += 1)
        ideas.push(await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital, { title: `提案${i}` }))
      expect(
        (await api(box.server.baseUrl, '/idea-votes', { body: { idea: ideas[0] }, headers: box.cast.headers.otherStaff, method: 'POST' }))
          .status,
      ).toBe(201)
      expect(
        (await api(box.server.baseUrl, '/idea-votes', { body: { idea: ideas[1] }, headers: box.cast.headers.otherStaff, method: 'POST' }))
          .status,
      ).toBe(201)
      const third = await api(box.server.baseUrl, '/idea-votes', {
        body: { idea: ideas[2] },
        headers: box.cast.headers.otherStaff,
        method: 'POST',
      })
      expect(third.status).toBe(409)
      expect(third.json.errors?.[0]?.message).toContain('2 件まで')
      expect((await readIdea(box.server.payload, ideas[2])).votesCount).toBe(0)
      // Others are not affected by one person's limit.
      expect(
        (await api(box.server.baseUrl, '/idea-votes', { body: { idea: ideas[2] }, headers: box.cast.headers.editor, method: 'POST' }))
          .status,
      ).toBe(201)
      // Once an idea is decided its vote no longer counts against the limit.
      await api(box.server.baseUrl, `/ideas/${ideas[0]}`, {
        body: { state: 'accepted' },
        headers: box.cast.headers.editor,
        method: 'PATCH',
      })
      expect(
        (await api(box.server.baseUrl, '/idea-votes', { body: { idea: ideas[2] }, headers: box.cast.headers.otherStaff, method: 'POST' }))
          .status,
      ).toBe(201)
    })

    it('hides at the configured threshold', async () => {
      const id = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      await api(box.server.baseUrl, '/idea-flags', {
        body: { idea: id, reason: 'spam' },
        headers: box.cast.headers.otherStaff,
        method: 'POST',
      })
      expect((await readIdea(box.server.payload, id)).moderation).toBe('visible')
      await api(box.server.baseUrl, '/idea-flags', {
        body: { idea: id, reason: 'spam' },
        headers: box.cast.headers.otherEditor,
        method: 'POST',
      })
      expect((await readIdea(box.server.payload, id)).moderation).toBe('pending')
    })

    it('threads only as deep as configured', async () => {
      const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
      const top = await api(box.server.baseUrl, '/idea-comments', {
        body: { body: '一段目', idea, stance: 'neutral' },
        headers: box.cast.headers.staff,
        method: 'POST',
      })
      const second = await api(box.server.baseUrl, '/idea-comments', {
        body: { body: '二段目', idea, parent: top.json.doc.id, stance: 'neutral' },
        headers: box.cast.headers.staff,
        method: 'POST',
      })
      expect(second.status).toBe(201)
      const third = await api(box.server.baseUrl, '/idea-comments', {
        body: { body: '三段目', idea, parent: second.json.doc.id, stance: 'neutral' },
        headers: box.cast.headers.staff,
        method: 'POST',
      })
      expect(third.status).toBe(400)
    })
  })
})
