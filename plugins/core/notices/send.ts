import type { Config, Payload, PayloadRequest } from 'payload'

import type { ID } from '../shared/ids'

import { registryOf, withRegistry } from '../server/registry'

/**
 * Something a staff member should hear about: their idea was answered, a comment on an idea they
 * follow, a 打診 for their help, a 資格 about to expire. The plugin that does the thing says so
 * through `sendStaffNotice`; a notifications plugin stores it for the admin and, where the person
 * linked their LINE, tells them there (at once or in a digest).
 */
export type StaffNotice = {
  /** Free text under the title (an answer's first lines, a comment's opening); clipped to `NOTICE_BODY_LENGTH`. */
  body?: null | string
  /**
   * Stable key of the event (`idea-answered:12:2026-12-02T…`): sending the same event again
   * reaches no recipient twice.
   */
  event: string
  /** What happened, namespaced by the plugin (`ideaBox.answered`, `talentBank.offer`), for lists and digests. */
  kind: string
  /** Ids in the organisation's users collection. Duplicates and the acting user are dropped. */
  recipients: ID[]
  /** One line, in the language of the product (Japanese), shown in the list and as the LINE text's first line. */
  title: string
  /** Admin path of what it is about, under the admin route (`/collections/ideas/12`). */
  url?: null | string
}

/** Characters of a notice's body that are kept: an opening to recognise the thing by, not a copy of it. */
export const NOTICE_BODY_LENGTH = 200

/** Where the notice is sent from: a request (its acting user is no recipient), or background work. */
export type NoticeContext = { payload: Payload; req?: PayloadRequest }

export type NoticeSender = (context: NoticeContext, notice: StaffNotice) => Promise<void>

/** Installs a notices store (the notifications plugin does); without one, notices go nowhere. */
export const addNoticeSender = (config: Config, sender: NoticeSender): Config =>
  withRegistry(config, (registry) => ({ ...registry, noticeSenders: [...registry.noticeSenders, sender] }))

/** Whether anything receives notices (to skip the queries that only find their recipients). */
export const hasNoticeSender = (payload: Payload): boolean => registryOf(payload.config).noticeSenders.length > 0

const recipientsOf = (context: NoticeContext, notice: StaffNotice): ID[] => {
  const seen = new Set<string>()
  if (context.req?.user) seen.add(String(context.req.user.id))
  return notice.recipients.filter((id) => !seen.has(String(id)) && Boolean(seen.add(String(id))))
}

/**
 * Hands a notice to every installed sender. A notice is a nudge about a change already made: a
 * sender that fails is logged, never thrown, so the change stands.
 */
export const sendStaffNotice = async (context: NoticeContext, notice: StaffNotice): Promise<void> => {
  const recipients = recipientsOf(context, notice)
  if (recipients.length === 0) return
  const body = typeof notice.body === 'string' ? notice.body.slice(0, NOTICE_BODY_LENGTH) : notice.body
  for (const sender of registryOf(context.payload.config).noticeSenders) {
    try {
      await sender(context, { ...notice, body, recipients })
    } catch (error) {
      context.payload.logger.error({ err: error, msg: `notice ${notice.kind} (${notice.event}) not sent` })
    }
  }
}
