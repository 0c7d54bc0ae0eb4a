import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootWith } from './bootWith'
import { textToLexical } from '../utilities/lexical'
import { api, type Cast, createCast } from './fixtures'

describe('idea box option disabled', () => {
  describe('disabled', () => {
    let server: Awaited<ReturnType<typeof bootWith>>
    let cast: Cast
    beforeAll(async () => {
      server = await bootWith({ disabled: true })
      cast = await createCast(server.payload, server.baseUrl)
    })
    afterAll(() => server?.close())

    it('keeps the collections and fields but takes no new posts, votes or reports', async () => {
      const slugs = server.payload.config.collections.map((c) => c.slug)
      expect(slugs).toEqual(expect.arrayContaining(['ideas', 'idea-votes', 'idea-comments', 'idea-flags', 'idea-attachments']))
      const ideaFields = server.payload.collections.ideas.config.flattenedFields.map((f) => f.name)
      expect(ideaFields).toEqual(expect.arrayContaining(['votesCount', 'commentsCount', 'stateHistory', 'officialAnswer', 'solved']))
      const res = await api(server.baseUrl, 'POST', '/ideas', cast.headers.staff, {})
      expect(res.status).toBe(403)
      expect((await api(server.baseUrl, 'GET', '/ideas/views/votes', cast.headers.staff)).status).toBe(404)
      // Existing ideas stay readable, and an anonymous author stays hidden.
      const id = (await server.payload.create({
        collection: 'ideas',
        data: { anonymous: true, author: cast.users.staff.id, body: textToLexical('既存の提案です。'), category: 'other', kind: 'idea', targetDepartment: cast.departments.digital, title: '既存の提案' } as never,
      })).id
      const read = await api(server.baseUrl, 'GET', `/ideas/${id}`, cast.headers.otherStaff)
      expect(read.status).toBe(200)
      expect(read.body.author).toBeUndefined()
      expect((await api(server.baseUrl, 'GET', `/ideas?where[author][equals]=${cast.users.staff.id}`, cast.headers.otherStaff)).status).toBe(403)
    })
  })
})
