import { api } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { postIdea, readIdea, useIdeaBox } from './fixtures'

type Idea = Record<string, any>

const DAY = 86_400_000

/**
 * 回答期限: every idea owes its department's answer within `answerWithinDays` of posting or
 * reassignment; past it, still unanswered, it is 期限超過 for the department and for 総務課.
 */
describe('the department’s answer is due, and overdue ideas are listed', () => {
  const box = useIdeaBox({ answerWithinDays: 10 })
  const overdue = async (headers: Record<string, string>, query = '') =>
    (await api(box.server.baseUrl, `/ideas/views/overdue?limit=100${query}`, { headers })).json.docs.map((d: Idea) => String(d.id))
  /** Moves an idea's due time into the past, as if it had waited that long. */
  const age = (id: number | string, daysLate: number) =>
    box.server.payload.db.updateOne({
      collection: 'ideas',
      data: { answerDueAt: new Date(Date.now() - daysLate * DAY).toISOString() },
      id,
    })

  it('sets the due time on posting, lists the unanswered past it, longest first, and drops the answered', async () => {
    const { departments, headers } = box.cast
    const before = Date.now()
    const late = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: '庁内チャットの導入' })
    const later = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: '会議録の自動作成' })
    const fresh = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: '押印の廃止' })
    const elsewhere = await postIdea(box.server.baseUrl, headers.otherStaff, departments.kodomo, { title: '保育料の口座振替' })
    const due = Date.parse((await readIdea(box.server.payload, fresh)).answerDueAt)
    expect(due).toBeGreaterThanOrEqual(before + 10 * DAY)
    expect(due).toBeLessThanOrEqual(Date.now() + 10 * DAY)
    await age(late, 5)
    await age(later, 1)
    await age(elsewhere, 3)

    // The department sees its own, longest overdue first; 総務課 (or anyone) asks for all.
    expect(await overdue(headers.editor)).toEqual([late, later].map(String))
    expect(await overdue(headers.otherEditor)).toEqual([String(elsewhere)])
    expect(await overdue(headers.staff, '&department=all')).toEqual([late, elsewhere, later].map(String))

    const answered = await api(box.server.baseUrl, `/ideas/${late}`, {
      body: { officialAnswer: { text: '来年度から試行します。' } },
      headers: headers.editor,
      method: 'PATCH',
    })
    expect(answered.status).toBe(200)
    expect(await overdue(headers.editor)).toEqual([String(later)])
    expect((await api(box.server.baseUrl, '/ideas/views/overdue', { headers: headers.anonymous })).status).toBe(401)
  })

  it('gives a reassigned idea’s new department the full time again', async () => {
    const { departments, headers } = box.cast
    const id = await postIdea(box.server.baseUrl, headers.staff, departments.digital, { title: '公用車の予約をオンラインで' })
    await age(id, 4)
    expect(await overdue(headers.editor)).toContain(String(id))
    const moved = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { targetDepartment: departments.kodomo },
      headers: headers.admin,
      method: 'PATCH',
    })
    expect(moved.status).toBe(200)
    expect(Date.parse(moved.json.doc.answerDueAt)).toBeGreaterThan(Date.now() + 9 * DAY)
    expect(await overdue(headers.otherEditor)).not.toContain(String(id))
    // Staff cannot set the due time themselves.
    const forged = await api(box.server.baseUrl, `/ideas/${id}`, {
      body: { answerDueAt: '2000-01-01T00:00:00.000Z' },
      headers: headers.admin,
      method: 'PATCH',
    })
    expect(forged.status).toBe(200)
    expect(Date.parse((await readIdea(box.server.payload, id)).answerDueAt)).toBeGreaterThan(Date.now())
  })
})
