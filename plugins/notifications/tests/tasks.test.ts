import { beforeEach, describe, expect, it } from '@jest/globals'

import { STAFF_NOTICES } from '../constants'
import { sendNoticeDigests } from '../digest/send'
import { pruneStaffNotices } from '../retention/prune'
import { allNotices, phone } from './config'
import { person, taskWatchedBy, useNotifications } from './fixtures'

// Monday 2026-12-07 08:00 in Japan.
const MONDAY_8AM = new Date('2026-12-06T23:00:00Z')

describe('daily and weekly digests, and retention', () => {
  const app = useNotifications({ digestListed: 2 })

  beforeEach(async () => {
    phone.reset()
    await app.server.payload.db.deleteMany({ collection: 'staff-notices', where: {} })
  })

  it('sends each person of the cadence one text of their unread notices, and nothing twice', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const daily = await person(app.server, 'daily', true)
    const weekly = await person(app.server, 'weekly', true)
    for (const title of ['議会答弁の確認', '補正予算の照会', '研修の案内'])
      await taskWatchedBy(app.server, actor, [daily, weekly], { title })
    expect(phone.messages).toEqual([])

    const run = await sendNoticeDigests(app.server.payload, { cadence: 'daily', now: MONDAY_8AM })
    expect(run).toEqual({ notices: 3, reached: 1, recipients: 1 })
    expect(phone.messages).toHaveLength(1)
    expect(phone.messages[0].userIds).toEqual([daily.id])
    expect(phone.messages[0].text).toBe(
      [
        '【職員DX】昨日からの未読の通知 3 件',
        '・タスク「議会答弁の確認」が更新されました',
        '・タスク「補正予算の照会」が更新されました',
        'ほか 1 件',
        '',
        '一覧: https://cms.akita.example/admin/collections/staff-notices?where[readAt][exists]=false',
      ].join('\n'),
    )
    expect(await sendNoticeDigests(app.server.payload, { cadence: 'daily', now: MONDAY_8AM })).toEqual({
      notices: 0,
      reached: 0,
      recipients: 0,
    })

    expect(await sendNoticeDigests(app.server.payload, { cadence: 'weekly', now: MONDAY_8AM })).toEqual({
      notices: 3,
      reached: 1,
      recipients: 1,
    })
    expect(phone.messages.map((m) => m.userIds)).toEqual([[daily.id], [weekly.id]])
    expect(phone.messages[1].text.split('\n')[0]).toBe('【職員DX】今週の未読の通知 3 件')
  })

  it('leaves out what was read, and marks a digest done for someone without LINE', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const reader = await person(app.server, 'daily', true)
    const unlinked = await person(app.server, 'daily', false)
    await taskWatchedBy(app.server, actor, [reader, unlinked], { title: '読んだ件' })
    await taskWatchedBy(app.server, actor, [reader, unlinked], { title: '読んでいない件' })
    const read = (await allNotices(app.server.payload)).find((n) => String(n.recipient) === String(reader.id))!
    await fetch(`${app.server.baseUrl}/api/staff-notices/read`, {
      body: JSON.stringify({ ids: [read.id] }),
      headers: reader.headers,
      method: 'POST',
    })

    const run = await sendNoticeDigests(app.server.payload, { cadence: 'daily', now: new Date() })
    expect(run).toEqual({ notices: 3, reached: 1, recipients: 2 })
    const toReader = phone.messages.find((m) => String(m.userIds[0]) === String(reader.id))!
    expect(toReader.text).toContain('未読の通知 1 件\n・タスク「読んでいない件」が更新されました')
    const digested = (await allNotices(app.server.payload)).filter((n) => n.digestedAt).map((n) => String(n.recipient))
    expect(digested.sort()).toEqual([reader.id, unlinked.id, unlinked.id].map(String).sort())
  })

  it('gives notices sent at once, and those of people who chose otherwise, no digest', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const immediate = await person(app.server, 'immediate', true)
    const adminOnly = await person(app.server, 'adminOnly', true)
    const neverChose = await person(app.server, null, false)
    await taskWatchedBy(app.server, actor, [immediate, adminOnly, neverChose])
    phone.reset()
    expect(await sendNoticeDigests(app.server.payload, { cadence: 'daily', now: new Date() })).toEqual({
      notices: 0,
      reached: 0,
      recipients: 0,
    })
    expect(phone.messages).toEqual([])
  })
  it('removes the notices older than the retention period (180 days)', async () => {
    const user = await person(app.server, 'adminOnly', false)
    for (const [event, createdAt] of [
      ['old', '2026-05-01T00:00:00Z'],
      ['recent', '2026-11-20T00:00:00Z'],
    ])
      await app.server.payload.db.create({
        collection: STAFF_NOTICES,
        data: { createdAt, event, key: `${event}|${user.id}`, kind: 'test', recipient: user.id, title: event, updatedAt: createdAt },
      })
    expect(await pruneStaffNotices(app.server.payload, new Date('2026-12-03T00:00:00Z'))).toEqual(new Date('2026-06-06T00:00:00Z'))
    expect((await allNotices(app.server.payload)).map((n) => n.title)).toEqual(['recent'])
  })
})
