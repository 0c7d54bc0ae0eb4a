import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootWith } from './bootWith'
import { api, type Cast, createCast, postIdea, readIdea } from './fixtures'

describe('idea box options', () => {
  describe('openVoteLimit 2, flagThreshold 2, maxCommentDepth 2', () => {
    let server: Awaited<ReturnType<typeof bootWith>>
    let cast: Cast
    beforeAll(async () => {
      server = await bootWith({ flagThreshold: 2, maxCommentDepth: 2, openVoteLimit: 2 })
      cast = await createCast(server.payload, server.baseUrl)
    })
    afterAll(() => server?.close())

    it('limits the votes a person holds on open ideas, and frees a place when an idea closes', async () => {
      const ideas = []
      for (let i = 0; i < 3; i += 1) ideas.push(await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital, { title: `提案${i}` }))
      expect((await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: ideas[0] })).status).toBe(201)
      expect((await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: ideas[1] })).status).toBe(201)
      const third = await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: ideas[2] })
      expect(third.status).toBe(409)
      expect(third.body.errors?.[0]?.message).toContain('2 件まで')
      expect((await readIdea(server.payload, ideas[2])).votesCount).toBe(0)
      // Others are not affected by one person's limit.
      expect((await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.editor, { idea: ideas[2] })).status).toBe(201)
      // Once an idea is decided its vote no longer counts against the limit.
      await api(server.baseUrl, 'PATCH', `/ideas/${ideas[0]}`, cast.headers.editor, { state: 'accepted' })
      expect((await api(server.baseUrl, 'POST', '/idea-votes', cast.headers.otherStaff, { idea: ideas[2] })).status).toBe(201)
    })

    it('hides at the configured threshold', async () => {
      const id = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
      await api(server.baseUrl, 'POST', '/idea-flags', cast.headers.otherStaff, { idea: id, reason: 'spam' })
      expect((await readIdea(server.payload, id)).moderation).toBe('visible')
      await api(server.baseUrl, 'POST', '/idea-flags', cast.headers.otherEditor, { idea: id, reason: 'spam' })
      expect((await readIdea(server.payload, id)).moderation).toBe('pending')
    })

    it('threads only as deep as configured', async () => {
      const idea = await postIdea(server.baseUrl, cast.headers.staff, cast.departments.digital)
      const top = await api<{ doc: { id: number } }>(server.baseUrl, 'POST', '/idea-comments', cast.headers.staff, { body: '一段目', idea, stance: 'neutral' })
      const second = await api<{ doc: { id: number } }>(server.baseUrl, 'POST', '/idea-comments', cast.headers.staff, { body: '二段目', idea, parent: top.body.doc.id, stance: 'neutral' })
      expect(second.status).toBe(201)
      const third = await api(server.baseUrl, 'POST', '/idea-comments', cast.headers.staff, { body: '三段目', idea, parent: second.body.doc.id, stance: 'neutral' })
      expect(third.status).toBe(400)
    })
  })
})
