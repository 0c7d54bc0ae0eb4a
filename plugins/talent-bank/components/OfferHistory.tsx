import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import React from 'react'

import type { ServerT } from './talentT'

import { HELP_MATCHES } from '../constants'

type LogEntry = { action: string; at: string; by?: null | Record<string, unknown>; id?: string; note?: null | string }
export type Offer = { id: number | string; log?: LogEntry[]; profile?: null | { displayName?: string }; status: string }

const row: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: '8px 0' }

/** Who did what when: one line per decision of the offer's log, in Japan time. */
const Log = ({ entries, nameOf, t }: { entries: LogEntry[]; nameOf: (by: LogEntry['by']) => string; t: ServerT }) => (
  <ul style={{ margin: '4px 0 0', paddingLeft: 20 }}>
    {entries.map((e, i) => (
      <li key={e.id ?? i}>
        {formatJstDateTime(e.at)} {t(`matchStatus.${e.action}` as never)}
        {nameOf(e.by) ? `（${nameOf(e.by)}）` : ''}
        {e.note ? `: ${e.note}` : ''}
      </li>
    ))}
  </ul>
)

/** 「打診の履歴」: the request's offers so far, each with its status and its log. */
export const OfferHistory = ({
  adminRoute,
  nameOf,
  offers,
  t,
}: {
  adminRoute: string
  nameOf: (by: LogEntry['by']) => string
  offers: Offer[]
  t: ServerT
}) => (
  <div data-testid="talent-offer-history" style={{ marginTop: 24 }}>
    <h4 style={{ margin: '0 0 8px' }}>{t('panel.history')}</h4>
    {offers.length === 0 ? <p>{t('panel.historyEmpty')}</p> : null}
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {offers.map((o) => (
        <li key={o.id} style={row}>
          <a href={`${adminRoute}/collections/${HELP_MATCHES}/${o.id}`}>{o.profile?.displayName ?? `#${o.id}`}</a>{' '}
          <strong>{t(`matchStatus.${o.status}` as never)}</strong>
          <Log entries={o.log ?? []} nameOf={nameOf} t={t} />
        </li>
      ))}
    </ul>
  </div>
)
