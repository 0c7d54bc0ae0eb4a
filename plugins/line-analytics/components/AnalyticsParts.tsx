import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'
import React from 'react'

import type { Dashboard, DashboardFilter, Option } from '../dashboard/types'
import { cell, figureFormat, leftCell, percent, type Translate } from './format'

const Stat = ({ label, value }: { label: string; value: string }) => (
  <div style={{ background: 'var(--theme-elevation-50)', borderRadius: 6, minWidth: 150, padding: '12px 16px' }}>
    <div style={{ color: 'var(--theme-elevation-600)', fontSize: 12 }}>{label}</div>
    <div style={{ fontSize: 24, fontWeight: 700 }}>{value}</div>
  </div>
)

const Choice = ({ label, name, options, t, value }: { label: string; name: string; options: Option[]; t: Translate; value?: string }) => (
  <label>
    {label}
    <br />
    <select defaultValue={value ?? ''} name={name}>
      <option value="">{t('filterAll')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </label>
)

/**
 * A day of the period as text in Japanese order (2026/11/05): a date input shows the browser's
 * own order, which is 11/05/2026 in a browser set to English.
 */
const DayField = ({ label, name, value }: { label: string; name: string; value: string }) => (
  <label>
    {label}
    <br />
    <input
      defaultValue={value.replaceAll('-', '/')}
      inputMode="numeric"
      name={name}
      pattern="\d{4}(/|-)\d{2}(/|-)\d{2}"
      placeholder="yyyy/MM/dd"
      size={10}
      type="text"
    />
  </label>
)

/** The period and attribute filters, and the CSV of what they select. */
export const Filters = ({ data, exportUrl, filter, t }: { data: Dashboard; exportUrl: string; filter: DashboardFilter; t: Translate }) => (
  <form method="get" style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 12, margin: '16px 0 24px' }}>
    <DayField label={t('filterFrom')} name="from" value={filter.from} />
    <DayField label={t('filterTo')} name="to" value={filter.to} />
    <Choice label={t('filterDepartment')} name="department" options={data.options.departments} t={t} value={filter.department} />
    <Choice label={t('filterCategory')} name="category" options={data.options.categories} t={t} value={filter.category} />
    <Choice label={t('filterSegment')} name="segment" options={data.options.segments} t={t} value={filter.segment} />
    <button className="btn btn--style-primary btn--size-small" type="submit">
      {t('filterApply')}
    </button>
    <a className="btn btn--style-secondary btn--size-small" download href={exportUrl}>
      {t('filterExport')}
    </a>
  </form>
)

export const Totals = ({ data, t }: { data: Dashboard; t: Translate }) => {
  const figure = figureFormat(t)
  return (
    <div data-testid="line-analytics-totals" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 24 }}>
      <Stat label={t('statDeliveries')} value={t('statDeliveriesCount', { count: formatNumber(data.totals.deliveries) })} />
      <Stat label={t('statRecipients')} value={figure(data.totals.recipients)} />
      <Stat label={t('statDelivered')} value={figure(data.totals.delivered)} />
      <Stat label={t('statOpenRate')} value={percent(data.totals.openRate)} />
      <Stat label={t('statClicks')} value={figure(data.totals.clicks)} />
      <Stat label={t('statClickRate')} value={percent(data.totals.clickRate)} />
    </div>
  )
}

const HEADERS = [
  ['columnDelivery', true],
  ['columnSegment', true],
  ['columnCategory', true],
  ['columnRecipients', false],
  ['columnDelivered', false],
  ['columnOpened', false],
  ['columnOpenRate', false],
  ['columnClicks', false],
  ['columnClickers', false],
  ['columnClickRate', false],
  ['columnLineClickRate', false],
] as const

/** Every delivery of the period with its figures; a title opens the delivery's detail. */
export const DeliveriesTable = ({ data, query, t }: { data: Dashboard; query: string; t: Translate }) => {
  const figure = figureFormat(t)
  return (
    <div style={{ overflowX: 'auto' }}>
      <table data-testid="line-analytics-deliveries" style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
        <thead>
          <tr>
            {HEADERS.map(([key, isText]) => (
              <th key={key} style={{ ...cell, textAlign: isText ? 'left' : 'right' }}>
                {t(key)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.deliveries.map((r) => {
            const pending = r.lineStatistics === 'pending'
            return (
              <tr key={r.id}>
                <td style={leftCell}>
                  <a href={`?${query}&delivery=${r.id}`}>{r.title}</a>
                  <div style={{ color: 'var(--theme-elevation-500)', fontSize: 11 }}>
                    {r.startedAt ? formatJstDateTime(r.startedAt) : null}
                  </div>
                </td>
                <td style={leftCell}>{r.segmentLabel}</td>
                <td style={leftCell}>{r.categoryLabel}</td>
                <td style={cell}>{figure(r.recipients)}</td>
                <td style={cell}>{figure(r.delivered)}</td>
                <td style={cell}>{figure(r.uniqueImpressions, pending)}</td>
                <td style={cell}>{percent(r.openRate)}</td>
                <td style={cell}>{figure(r.clicks)}</td>
                <td style={cell}>{figure(r.uniqueClicks)}</td>
                <td style={cell}>{percent(r.clickRate)}</td>
                <td style={cell}>
                  {pending ? t('figurePending') : r.lineUniqueClicks === null ? t('figureHidden') : percent(r.lineClickRate)}
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

export const TopAnnouncements = ({ data, t }: { data: Dashboard; t: Translate }) => {
  const figure = figureFormat(t)
  return (
    <ol data-testid="line-analytics-top">
      {data.topAnnouncements.map((top) => (
        <li key={top.document}>
          {t('topItem', {
            clickers: figure(top.uniqueClicks),
            count: top.deliveries,
            delivered: figure(top.delivered),
            rate: percent(top.clickRate),
            title: top.title,
          })}
        </li>
      ))}
    </ol>
  )
}
