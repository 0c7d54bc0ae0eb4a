import type { Payload } from 'payload'

import { backgroundTasksOf, hasNoticeSender, sendStaffNotice } from '@akita-dx/plugin-core'
import { bootConfig, createTestUser, shutdownPayload } from '@akita-dx/test-support'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { STAFF_NOTICES } from '../constants'
import { sendNoticeDigests } from '../digest/send'
import { pruneStaffNotices } from '../retention/prune'
import { notificationsTestConfig } from './config'

describe('the notices, disabled', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootConfig(notificationsTestConfig({ disabled: true }))
  })
  afterAll(() => shutdownPayload(payload))

  it('keeps the collection and the users’ field, and stores, sends, shows and prunes nothing', async () => {
    expect(payload.collections[STAFF_NOTICES]).toBeDefined()
    expect(payload.collections.users.config.fields.some((f) => 'name' in f && f.name === 'noticeDelivery')).toBe(true)
    expect(hasNoticeSender(payload)).toBe(false)
    expect(backgroundTasksOf(payload.config)).toEqual([])
    const paths = (payload.collections[STAFF_NOTICES].config.endpoints || []).map((e) => e.path)
    expect(paths.filter((p) => ['/read', '/unread-count', '/:id/open'].includes(p))).toEqual([])
    const user = await createTestUser(payload, { roles: ['staff'] })
    await sendStaffNotice({ payload }, { event: 'off', kind: 'test', recipients: [user.id], title: '無効時' })
    expect((await payload.count({ collection: STAFF_NOTICES, overrideAccess: true })).totalDocs).toBe(0)
    expect(await sendNoticeDigests(payload, { cadence: 'daily' })).toEqual({ notices: 0, reached: 0, recipients: 0 })
    expect(await pruneStaffNotices(payload)).toBeNull()
  })
})
