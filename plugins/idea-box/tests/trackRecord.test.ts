import { trackRecordOf } from '@akita-dx/plugin-core'
import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'

import { postIdea, useIdeaBox } from './fixtures'

/** 採用されたアイデア on a staff profile: what core's track record answers for the idea box. */
describe('adopted ideas in the track record', () => {
  const box = useIdeaBox()
  const decide = async (id: number | string, state: string) => {
    const res = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { officialAnswer: { text: '所管課で対応します' }, state },
      headers: box.cast.headers.editor,
      method: 'PATCH',
    })
    expect(res.status).toBe(200)
  }
  const viewedBy = async (viewer: { id: number | string } | null, authorId: number | string) => {
    const user = viewer ? { ...(await box.server.payload.findByID({ collection: 'users', id: viewer.id })), collection: 'users' } : null
    const req = await createLocalReq({ user: user as never }, box.server.payload)
    return (await trackRecordOf(req, authorId)).find((s) => s.kind === 'ideaBox.adoptedIdeas')
  }

  it('lists the author’s adopted and carried-out ideas, never an anonymous, hidden or undecided one', async () => {
    const { departments, headers, users } = box.cast
    const post = (title: string, extra = {}) => postIdea(box.server.baseUrl, headers.staff, departments.digital, { title, ...extra })
    const adopted = await post('窓口の予約をオンラインに')
    const carriedOut = await post('庁内の無線LANを増やす')
    const anonymous = await post('匿名で出した改善案', { anonymous: true })
    const hidden = await post('非表示になった案')
    const undecided = await post('検討中の案')
    const rejected = await post('見送られた案')
    for (const id of [adopted, anonymous, hidden]) await decide(id, 'accepted')
    await decide(carriedOut, 'done')
    await decide(undecided, 'considering')
    await decide(rejected, 'rejected')
    await box.server.payload.db.updateOne({ collection: 'ideas', data: { moderation: 'hidden' }, id: hidden })
    await postIdea(box.server.baseUrl, headers.otherStaff, departments.digital, { title: '他の人の案' })

    const section = await viewedBy(users.otherStaff, users.staff.id)
    expect(section?.label).toBe('採用されたアイデア')
    expect(section!.items.map((i) => i.title).sort()).toEqual(['庁内の無線LANを増やす', '窓口の予約をオンラインに'])
    expect(section!.items.find((i) => i.title === '庁内の無線LANを増やす')).toMatchObject({
      date: expect.any(String),
      detail: '実施済・デジタル政策推進課',
      url: `/collections/ideas/${carriedOut}`,
    })
    // Newest decision first.
    expect(section!.items[0].title).toBe('庁内の無線LANを増やす')
  })

  it('shows nothing to a caller who is not staff', async () => {
    expect((await viewedBy(null, box.cast.users.staff.id))?.items).toEqual([])
  })
})
