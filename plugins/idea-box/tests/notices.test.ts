import { addNoticeSender, type StaffNotice } from '@akita-dx/plugin-core'
import { api } from '@akita-dx/test-support'
import { beforeEach, describe, expect, it } from '@jest/globals'

import { postIdea, readIdea, useIdeaBox } from './fixtures'

/** What a notifications plugin would receive, one entry per notice handed to it. */
const received: StaffNotice[] = []
let failing = false
const recorder = (config: Parameters<typeof addNoticeSender>[0]) =>
  addNoticeSender(config, async (_context, notice) => {
    if (failing) throw new Error('notice store down')
    received.push(notice)
  })

describe('idea box notices to followers', () => {
  const box = useIdeaBox({}, undefined, [recorder])
  const call = (path: string, persona: keyof typeof box.cast.headers, method = 'GET', body?: unknown) =>
    api(box.server.baseUrl, path, { body, headers: box.cast.headers[persona], method })
  /** Recipients of each notice of `kind`, as sorted strings. */
  const recipientsOf = (kind: string) => received.filter((n) => n.kind === kind).map((n) => n.recipients.map(String).sort())

  beforeEach(() => {
    received.length = 0
    failing = false
  })

  it("tells the author and each follower once of the department's answer, and not the answering editor", async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    await call(`/ideas/${idea}/follow`, 'otherStaff', 'POST')
    await call(`/ideas/${idea}/follow`, 'editor', 'POST')
    const res = await call(`/ideas/${idea}`, 'editor', 'PATCH', { officialAnswer: { text: '来年度から実施します' }, state: 'considering' })
    expect(res.status).toBe(200)

    const { staff, otherStaff } = box.cast.users
    expect(recipientsOf('ideaBox.answered')).toEqual([[String(staff.id), String(otherStaff.id)].sort()])
    // The answer is the news; its state change rides with it rather than as a second notice.
    expect(recipientsOf('ideaBox.stateChanged')).toEqual([])
    const [notice] = received
    expect(notice.title).toBe('「回覧文書を電子化したい」に所管課の回答がありました（検討中）')
    expect(notice.body).toBe('来年度から実施します')
    expect(notice.url).toBe(`/collections/ideas/${idea}`)
    expect(notice.event).toMatch(new RegExp(`^idea-answered:${idea}:`))
  })

  it('tells followers of a change of state without a new answer, and of nothing when only the title changes', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    await call(`/ideas/${idea}/follow`, 'otherStaff', 'POST')
    expect((await call(`/ideas/${idea}`, 'staff', 'PATCH', { title: '回覧文書を電子化したい（改）' })).status).toBe(200)
    expect(received).toEqual([])
    await call(`/ideas/${idea}`, 'editor', 'PATCH', { state: 'considering' })
    const { staff, otherStaff } = box.cast.users
    expect(recipientsOf('ideaBox.stateChanged')).toEqual([[String(staff.id), String(otherStaff.id)].sort()])
    expect(received[0].title).toBe('「回覧文書を電子化したい（改）」が「検討中」になりました')
  })

  it('tells followers of each new comment, the commenter excepted', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    await call(`/ideas/${idea}/follow`, 'otherStaff', 'POST')
    const comment = await call('/idea-comments', 'otherStaff', 'POST', { body: '隣の課でも同じ悩みです', idea, stance: 'support' })
    expect(comment.status).toBe(201)
    expect(recipientsOf('ideaBox.comment')).toEqual([[String(box.cast.users.staff.id)]])
    expect(received[0].body).toBe('隣の課でも同じ悩みです')
    expect(received[0].event).toBe(`idea-comment:${comment.json.doc.id}`)
  })

  it('keeps the answer when the notice store fails', async () => {
    const idea = await postIdea(box.server.baseUrl, box.cast.headers.staff, box.cast.departments.digital)
    failing = true
    const res = await call(`/ideas/${idea}`, 'editor', 'PATCH', { officialAnswer: { text: '実施します' }, state: 'accepted' })
    expect(res.status).toBe(200)
    const stored = await readIdea(box.server.payload, idea)
    expect(stored.officialAnswer.text).toBe('実施します')
    expect(stored.state).toBe('accepted')
  })
})
