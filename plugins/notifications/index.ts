import type { Config } from 'payload'

import {
  addBackgroundTasks,
  addNoticeSender,
  appendAdminComponents,
  appendHooks,
  applyOverrides,
  mapCollection,
  withCore,
  withTranslations,
} from '@akita-dx/plugin-core'

import type { NotificationsPluginOptions } from './types'

import { deleteNoticesOfAccount } from './collections/accountDeletion'
import { withDeliveryField } from './collections/deliveryField'
import { buildStaffNotices } from './collections/staffNotices'
import { resolveOptions } from './defaults'
import { noticeStore } from './delivery/store'
import { digestTasks } from './digest/tasks'
import { openEndpoint } from './endpoints/open'
import { readEndpoint, unreadCountEndpoint } from './endpoints/read'
import { retentionTask } from './retention/prune'
import { notificationsOptions } from './slot'
import { message, translations } from './translations'

export { DELIVERY_FIELD, DELIVERY_MODES, type DeliveryMode, STAFF_NOTICES } from './constants'
export { type DigestRun, sendNoticeDigests } from './digest/send'
export { pruneStaffNotices } from './retention/prune'
export type { NotificationsPluginOptions } from './types'

/**
 * 通知: what the suite's plugins tell a member of staff (core's `sendStaffNotice`) is stored in
 * `staff-notices` for the recipient alone, counted under a bell in the admin's header, and sent
 * on their linked LINE (through core's staff messengers) at once or in a daily or weekly digest,
 * as each person chooses in their account. Old notices are removed after the retention period.
 */
export const notificationsPlugin =
  (pluginOptions: NotificationsPluginOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const { users } = options.organisation
    if (!(incomingConfig.collections ?? []).some((c) => c.slug === users))
      throw new Error(message(undefined, 'error.unknownUsers', { slug: users }))
    const built = buildStaffNotices(options)
    const collection = options.disabled
      ? built
      : { ...built, endpoints: [...(built.endpoints || []), readEndpoint, unreadCountEndpoint, openEndpoint] }
    const [notices] = applyOverrides([collection], options.overrides)
    const base = withTranslations(withCore(incomingConfig), translations)
    const withUsers = mapCollection(base, users, (collection) =>
      appendHooks(withDeliveryField(collection, options), { beforeDelete: [deleteNoticesOfAccount] }),
    )
    const added = notificationsOptions.attach({ ...withUsers, collections: [...(withUsers.collections ?? []), notices] }, options)
    if (options.disabled) return added
    const bell = appendAdminComponents(added, { actions: ['@akita-dx/plugin-notifications/client#NoticeBell'] })
    return addBackgroundTasks(addNoticeSender(bell, noticeStore()), [...digestTasks(options), retentionTask])
  }
