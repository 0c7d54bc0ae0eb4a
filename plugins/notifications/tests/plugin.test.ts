import type { Config } from 'payload'

import { backgroundTasksOf, hasNoticeSender } from '@akita-dx/plugin-core'
import { testDepartments, testUsers } from '@akita-dx/test-support'
import { describe, expect, it } from '@jest/globals'

import { notificationsPlugin } from '../index'

const incoming = (): Config =>
  ({
    admin: { components: { actions: ['/x#Existing'] } },
    collections: [{ ...testUsers, fields: [...testUsers.fields, { name: 'noticeDelivery', type: 'text' }] }, testDepartments],
    onInit: async () => undefined,
  }) as unknown as Config

describe('installing the notifications plugin', () => {
  it('adds the bell after the app’s header actions, the tasks, the sender and the collection', () => {
    const base = incoming()
    const config = notificationsPlugin()(base)
    expect(config.admin!.components!.actions).toEqual(['/x#Existing', '@akita-dx/plugin-notifications/client#NoticeBell'])
    expect(backgroundTasksOf(config).map((t) => [t.name, t.cron, t.timezone, t.scope])).toEqual([
      ['notices-digest-daily', '0 0 8 * * *', 'Asia/Tokyo', 'deployment'],
      ['notices-digest-weekly', '0 0 8 * * 1', 'Asia/Tokyo', 'deployment'],
      ['notices-retention', '0 45 3 * * *', 'Asia/Tokyo', 'deployment'],
    ])
    expect(hasNoticeSender({ config } as never)).toBe(true)
    expect(config.collections!.map((c) => c.slug)).toEqual(['users', 'departments', 'staff-notices'])
    expect(config.onInit).toBe(base.onInit)
  })

  it('keeps an app’s own field of the same name on the users', () => {
    const users = notificationsPlugin()(incoming()).collections![0]
    expect(users.fields.filter((f) => 'name' in f && f.name === 'noticeDelivery')).toEqual([{ name: 'noticeDelivery', type: 'text' }])
  })

  it('refuses options it cannot use, naming them', () => {
    expect(() => notificationsPlugin({ defaultDelivery: 'hourly' as never })(incoming())).toThrow(/defaultDelivery/)
    expect(() => notificationsPlugin({ retentionDays: 0 })(incoming())).toThrow(/retentionDays/)
    expect(() => notificationsPlugin({ organisation: { users: 'members' } })(incoming())).toThrow(/members/)
  })
})
