import type { DeliveryMode } from '../constants'

import { createTestUser, loginHeaders, type TestServer, type TestUser } from '@akita-dx/test-support'
import { afterAll, beforeAll } from '@jest/globals'

import type { NotificationsPluginOptions } from '../types'

import { phone, startNotifications } from './config'

export type Person = TestUser & { headers: Record<string, string> }

/** A member of staff who chose `mode` (or never chose, when null) and has or has not linked their LINE. */
export const person = async (server: TestServer, mode: DeliveryMode | null, linked: boolean): Promise<Person> => {
  const user = await createTestUser(server.payload, { name: linked ? '連携 職員' : '未連携 職員', roles: ['staff'] })
  if (mode) await server.payload.update({ collection: 'users', data: { noticeDelivery: mode }, id: user.id, overrideAccess: true })
  else await server.payload.db.updateOne({ collection: 'users', data: { noticeDelivery: null }, id: user.id })
  if (linked) phone.linked.add(String(user.id))
  return { ...user, headers: await loginHeaders(server.baseUrl, user) }
}

/** The plugin's test app served for one test file. */
export const useNotifications = (options: NotificationsPluginOptions = {}) => {
  const app = {} as { server: TestServer }
  beforeAll(async () => {
    app.server = await startNotifications(options)
  })
  afterAll(() => app.server?.close())
  return app
}

/** Creates a task as `actor` watched by `watchers`; answers its id. */
export const taskWatchedBy = async (server: TestServer, actor: Person, watchers: Person[], data: Record<string, unknown> = {}) => {
  const res = await fetch(`${server.baseUrl}/api/tasks`, {
    body: JSON.stringify({ title: '予算要求資料の作成', watchers: watchers.map((w) => w.id), ...data }),
    headers: actor.headers,
    method: 'POST',
  })
  return { body: (await res.json()) as any, status: res.status }
}
