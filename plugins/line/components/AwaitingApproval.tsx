import type { ServerProps } from 'payload'

import React from 'react'

import { requestsAwaiting } from '../approval/awaiting'
import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import { serverLineT } from '../translations'

type Props = Partial<Pick<ServerProps, 'i18n' | 'payload' | 'user'>>

const style: React.CSSProperties = {
  background: '#e8f4ff',
  border: '1px solid #7aaee0',
  borderRadius: 4,
  margin: '0 0 16px',
  padding: '10px 14px',
}

/**
 * 「承認待ちの配信が N 件あります」 for an approver, on the dashboard and above the deliveries list,
 * with a link to each request: approvals should not wait for someone to look.
 */
export const AwaitingApproval = async ({ i18n, payload, user }: Props) => {
  if (!payload || !user || lineOptionsOf(payload).disabled) return null
  const awaiting = await requestsAwaiting(payload, user)
  if (awaiting.length === 0) return null
  const t = serverLineT(i18n)
  const admin = payload.config.routes.admin
  return (
    <div data-testid="line-awaiting-approval" role="status" style={style}>
      <strong>{t('awaitingTitle', { count: awaiting.length })}</strong>
      <ul style={{ margin: '6px 0 0', paddingLeft: 20 }}>
        {awaiting.slice(0, 5).map((d) => (
          <li key={d.id}>
            <a href={`${admin}/collections/${SLUGS.deliveries}/${d.id}`}>{String(d.documentTitle ?? `#${d.id}`)}</a>
          </li>
        ))}
      </ul>
    </div>
  )
}
