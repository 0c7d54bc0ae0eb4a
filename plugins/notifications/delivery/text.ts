import type { Payload } from 'payload'

import type { StaffNotice } from '@akita-dx/plugin-core'

import type { Cadence } from '../constants'

import { message } from '../translations'
import { adminLink, safeAdminPath } from './origin'
import { UNREAD_LIST } from './unreadList'

const BODY_LINES = 300

/** One notice as a LINE text: its title, the opening of its body and the link to what it is about. */
export const noticeText = (payload: Payload, notice: Pick<StaffNotice, 'body' | 'title' | 'url'>): string => {
  const path = safeAdminPath(notice.url)
  const body = notice.body?.trim().slice(0, BODY_LINES)
  return [notice.title, body, path ? message(undefined, 'line.open', { url: adminLink(payload, path) }) : null].filter(Boolean).join('\n\n')
}

/** A digest: how many, the first titles, how many more, and the link to the unread list. */
export const digestText = (payload: Payload, cadence: Cadence, titles: string[], listed: number): string => {
  const lines = [message(undefined, `line.digestTitle.${cadence}`, { count: titles.length })]
  lines.push(...titles.slice(0, listed).map((title) => `・${title}`))
  if (titles.length > listed) lines.push(message(undefined, 'line.digestMore', { count: titles.length - listed }))
  lines.push('', message(undefined, 'line.digestOpen', { url: adminLink(payload, UNREAD_LIST) }))
  return lines.join('\n')
}
