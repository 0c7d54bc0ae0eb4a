import type { ServerProps } from 'payload'

import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'
import React from 'react'

import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import { serverLineT } from '../translations'
import { deliveryStatusKey } from '../translations/statusKey'

type Props = Partial<Pick<ServerProps, 'i18n' | 'payload' | 'user'>>

type Delivery = {
  createdAt: string
  documentTitle?: null | string
  id: number | string
  scheduledAt?: null | string
  sent?: null | number
  status: string
  total?: null | number
}

const LIMIT = 5

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  margin: '0 0 24px',
  padding: '12px 16px',
}
const cell: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: '6px 8px', textAlign: 'left' }

/**
 * 「最近のLINE配信」 on an editor's dashboard: the live deliveries they may read (their
 * department's), newest first, with status, progress and the time they go or went out.
 */
export const RecentDeliveries = async ({ i18n, payload, user }: Props) => {
  if (!payload || !user) return null
  const { disabled, organisation } = lineOptionsOf(payload)
  if (disabled || !organisation.isEditorUser(user)) return null
  const t = serverLineT(i18n)
  const found = await payload.find({
    collection: SLUGS.deliveries,
    depth: 0,
    limit: LIMIT,
    overrideAccess: false,
    select: { createdAt: true, documentTitle: true, scheduledAt: true, sent: true, status: true, total: true },
    sort: '-createdAt',
    user,
    where: { mode: { equals: 'live' } },
  })
  const admin = payload.config.routes.admin
  const deliveries = found.docs as unknown as Delivery[]
  return (
    <section data-testid="line-recent-deliveries" style={box}>
      <h3 style={{ margin: '0 0 8px' }}>{t('recentTitle')}</h3>
      {deliveries.length === 0 ? <p style={{ margin: 0 }}>{t('recentEmpty')}</p> : null}
      {deliveries.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              {(['recentDocument', 'deliveryStatus', 'recentProgress', 'recentWhen'] as const).map((key) => (
                <th key={key} style={cell}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <tr key={d.id}>
                <td style={cell}>
                  <a href={`${admin}/collections/${SLUGS.deliveries}/${d.id}`}>{d.documentTitle ?? `#${d.id}`}</a>
                </td>
                <td style={cell}>{t(deliveryStatusKey(d.status))}</td>
                <td style={cell}>{d.total ? `${formatNumber(d.sent ?? 0)} / ${formatNumber(d.total)}` : '—'}</td>
                <td style={cell}>{formatJstDateTime(d.scheduledAt ?? d.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p style={{ margin: '8px 0 0' }}>
        <a href={`${admin}/collections/${SLUGS.deliveries}`}>{t('recentAll')}</a>
      </p>
    </section>
  )
}
