import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import { RefreshInsightButton } from '@akita-dx/plugin-line-analytics/client'
import React from 'react'

import type { DeliveryFigures } from '../dashboard/types'
import { checkpointLabelKey } from '../insight/checkpoints'
import { figureFormat, panelBox, percent, type Translate } from './format'

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'right' }
const left: React.CSSProperties = { ...cell, textAlign: 'left', wordBreak: 'break-all' }
const table: React.CSSProperties = { borderCollapse: 'collapse', fontSize: 13, width: '100%' }

const LinkTable = ({ figures, t }: { figures: DeliveryFigures; t: Translate }) => {
  const figure = figureFormat(t)
  return (
    <table style={table}>
      <thead>
        <tr>
          <th style={left}>{t('columnTarget')}</th>
          <th style={left}>{t('columnCode')}</th>
          <th style={cell}>{t('columnClicks')}</th>
          <th style={cell}>{t('columnClickers')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.links.map((l) => (
          <tr key={l.code}>
            <td style={left}>{l.url}</td>
            <td style={left}>{l.code}</td>
            <td style={cell}>{figure(l.clicks)}</td>
            <td style={cell}>{figure(l.uniqueClicks)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const SnapshotTable = ({ figures, t }: { figures: DeliveryFigures; t: Translate }) => {
  const figure = figureFormat(t)
  if (figures.snapshots.length === 0) return <p>{t('detailNoSnapshots')}</p>
  return (
    <table style={table}>
      <thead>
        <tr>
          <th style={left}>{t('columnWhen')}</th>
          <th style={cell}>{t('columnDelivered')}</th>
          <th style={cell}>{t('columnOpenedShort')}</th>
          <th style={cell}>{t('columnClickers')}</th>
          <th style={left}>{t('columnFetchedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {figures.snapshots.map((s) => (
          <tr key={`${s.checkpoint}-${s.fetchedAt}`}>
            <td style={left}>{t(checkpointLabelKey(s.checkpoint))}</td>
            <td style={cell}>{figure(s.delivered)}</td>
            <td style={cell}>{figure(s.uniqueImpressions)}</td>
            <td style={cell}>{figure(s.uniqueClicks)}</td>
            <td style={left}>{formatJstDateTime(s.fetchedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** One delivery: clicks per link and LINE's figures at each checkpoint. */
export const DeliveryDetail = ({ figures, t }: { figures: DeliveryFigures; t: Translate }) => {
  const figure = figureFormat(t)
  const pending = figures.lineStatistics === 'pending'
  const summary = t('detailSummary', {
    clickers: figure(figures.uniqueClicks),
    clickRate: percent(figures.clickRate),
    clicks: figure(figures.clicks),
    delivered: figure(figures.delivered),
    lineClickers: figure(figures.lineUniqueClicks, pending),
    openRate: percent(figures.openRate),
    opened: figure(figures.uniqueImpressions, pending),
    recipients: figure(figures.recipients),
  })
  return (
    <section data-testid="line-analytics-delivery" style={panelBox}>
      <h2 style={{ marginTop: 0 }}>{figures.documentTitle ?? t('deliveryNumber', { id: figures.id })}</h2>
      <p>{summary}</p>
      <h3>{t('detailLinks')}</h3>
      <LinkTable figures={figures} t={t} />
      <h3>
        {t('detailSnapshots')}
        {figures.status === 'done' || figures.status === 'partial' ? <RefreshInsightButton deliveryId={figures.id} /> : null}
      </h3>
      <SnapshotTable figures={figures} t={t} />
    </section>
  )
}
