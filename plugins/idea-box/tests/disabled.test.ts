import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { textToLexical } from '../index'
import { useIdeaBox } from './fixtures'

describe('idea box option disabled', () => {
  describe('disabled', () => {
    const box = useIdeaBox({ disabled: true })

    it('keeps the collections and fields but takes no new posts, votes or reports', async () => {
      const slugs = box.server.payload.config.collections.map((c) => c.slug)
      expect(slugs).toEqual(expect.arrayContaining(['ideas', 'idea-votes', 'idea-comments', 'idea-flags', 'idea-attachments']))
      const ideaFields = box.server.payload.collections.ideas.config.flattenedFields.map((f) => f.name)
      expect(ideaFields).toEqual(expect.arrayContaining(['votesCount', 'commentsCount', 'stateHistory', 'officialAnswer', 'solved']))
      const res = await api(box.server.baseUrl, '/ideas', { body: {}, headers: box.cast.headers.staff, method: 'POST' })
      expect(res.status).toBe(403)
      expect((await api(box.server.baseUrl, '/ideas/views/votes', { headers: box.cast.headers.staff })).status).toBe(404)
      // Existing ideas stay readable, and an anonymous author stays hidden.
      const id = (
        await box.server.payload.create({
          collection: 'ideas',
          data: {
            anonymous: true,
            author: box.cast.users.staff.id,
            body: textToLexical('既存の提案です。'),
            category: 'other',
            kind: 'idea',
            targetDepartment: box.cast.departments.digital,
            title: '既存の提案',
          } as never,
        })
      ).id
      const read = await api(box.server.baseUrl, `/ideas/${id}`, { headers: box.cast.headers.otherStaff })
      expect(read.status).toBe(200)
      expect(read.json.author).toBeUndefined()
      expect(
        (await api(box.server.baseUrl, `/ideas?where[author][equals]=${box.cast.users.staff.id}`, { headers: box.cast.headers.otherStaff }))
          .status,
      ).toBe(403)
    })

    it('changes nothing behind a write: no counters, no derived fields, and admins cannot delete either', async () => {
      const idea = await box.server.payload.create({
        collection: 'ideas',
        data: {
          author: box.cast.users.staff.id,
          body: textToLexical('停止中の提案です。'),
          category: 'other',
          kind: 'problem',
          targetDepartment: box.cast.departments.digital,
          title: '停止中',
        } as never,
      })
      await box.server.payload.create({ collection: 'idea-votes', data: { idea: idea.id, voter: box.cast.users.otherStaff.id } as never })
      const stored = await box.server.payload.findByID({ collection: 'ideas', depth: 0, id: idea.id })
      expect(stored.votesCount).toBe(0)
      expect(stored.searchText ?? null).toBeNull()
      expect((await api(box.server.baseUrl, `/ideas/${idea.id}`, { headers: box.cast.headers.admin, method: 'DELETE' })).status).toBe(403)
      expect((await api(box.server.baseUrl, `/ideas/${idea.id}/recount`, { headers: box.cast.headers.admin, method: 'POST' })).status).toBe(
        404,
      )
    })
  })
})
