import { api, createTestUser, ensureDepartment, errorMessage, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { textToLexical } from '../index'
import { startIdeaBox } from './config'

/** The idea box on its own: a bare users collection, departments and nothing else of any app. */
describe('the idea box in an app of its own', () => {
  let server: TestServer
  let author: Record<string, string>
  let voter: Record<string, string>
  let department: number | string

  beforeAll(async () => {
    server = await startIdeaBox()
    department = (await ensureDepartment(server.payload, 'digital', 'デジタル政策推進課')).id
    author = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { department, roles: ['staff'] }))
    voter = await loginHeaders(server.baseUrl, await createTestUser(server.payload, { roles: ['staff'] }))
  })
  afterAll(() => server?.close())

  it('takes an idea and one vote per person, and refuses the second with 409 in Payload’s error shape', async () => {
    const posted = await api(server.baseUrl, '/ideas', {
      body: {
        body: textToLexical('庁内の申請を電子化したい。'),
        category: 'digital',
        kind: 'idea',
        targetDepartment: department,
        title: '申請の電子化',
      },
      headers: author,
      method: 'POST',
    })
    expect(posted.status).toBe(201)
    const idea = posted.json.doc.id

    expect((await api(server.baseUrl, '/idea-votes', { body: { idea }, headers: voter, method: 'POST' })).status).toBe(201)
    const read = await api(server.baseUrl, `/ideas/${idea}`, { headers: voter })
    expect(read.json.votesCount).toBe(1)

    const again = await api(server.baseUrl, '/idea-votes', { body: { idea }, headers: voter, method: 'POST' })
    expect(again.status).toBe(409)
    expect(again.json).toEqual({ errors: [expect.objectContaining({ message: 'この提案には既に投票しています' })] })
    expect(errorMessage(again.json)).toBe('この提案には既に投票しています')
    expect((await api(server.baseUrl, `/ideas/${idea}`, { headers: voter })).json.votesCount).toBe(1)
  })

  it('answers in English when the admin language is English', async () => {
    const ideas = await api(server.baseUrl, '/ideas?limit=1', { headers: voter })
    const idea = ideas.json.docs[0].id
    const english = await api(server.baseUrl, '/idea-votes', {
      body: { idea },
      headers: { ...voter, cookie: 'payload-lng=en' },
      method: 'POST',
    })
    expect(english.status).toBe(409)
    expect(errorMessage(english.json)).toBe('You have already voted for this idea')
  })
})
