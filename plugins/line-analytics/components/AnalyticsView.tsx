import type { AdminViewServerProps } from 'payload'

import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import { isEditorUser } from '../../../src/access'
import { dashboardData, parseDashboardFilter } from '../queries/dashboard'
import { deliveryFigures } from '../queries/deliveryFigures'
import { DailyClicksChart, FollowersChart, RatesChart, StackedChart } from './Charts'
import { DeliveryDetail } from './DeliveryDetail'
import { figure, percent } from './format'

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '6px 8px', textAlign: 'right', whiteSpace: 'nowrap' }
const left: React.CSSProperties = { ...cell, textAlign: 'left', whiteSpace: 'normal' }

const Stat = ({ label, value }: { label: string; value: string }) => (
  <div style={{ background: 'var(--theme-elevation-50)', borderRadius: 6, minWidth: 150, padding: '12px 16px' }}>
    <div style={{ color: 'var(--theme-elevation-600)', fontSize: 12 }}>{label}</div>
    <div style={{ fontSize: 24, fontWeight: 700 }}>{value}</div>
  </div>
)

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** 「配信分析」: what each LINE delivery reached and how residents responded, with filters and CSV export. */
export const AnalyticsView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={req.user ?? undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!isEditorUser(req.user)) return template(<p>配信分析は編集者と管理者だけが見られます。</p>)

  const query = Object.fromEntries(Object.entries(searchParams ?? {}).map(([k, v]) => [k, first(v)]))
  const filter = parseDashboardFilter(query)
  if (typeof filter === 'string') return template(<p role="alert">{filter}</p>)
  const data = await dashboardData(req.payload, filter)
  const selected = typeof query.delivery === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(query.delivery) ? await deliveryFigures(req.payload, query.delivery) : null
  const qs = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString()
  const api = req.payload.config.routes.api

  return template(
    <div data-testid="line-analytics-view" style={{ paddingBottom: 48 }}>
      <h1 style={{ margin: '24px 0 8px' }}>配信分析</h1>
      <p style={{ color: 'var(--theme-elevation-600)', marginTop: 0 }}>
        LINE 配信の到達・開封（LINE の統計）と計測リンクのクリックです。LINE の数値は 20 未満だと非公開になります。
      </p>
      <form method="get" style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 12, margin: '16px 0 24px' }}>
        <label>
          期間（開始）
          <br />
          <input defaultValue={filter.from} name="from" type="date" />
        </label>
        <label>
          期間（終了）
          <br />
          <input defaultValue={filter.to} name="to" type="date" />
        </label>
        <label>
          担当課
          <br />
          <select defaultValue={filter.department ?? ''} name="department">
            <option value="">すべて</option>
            {data.options.departments.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        <label>
          カテゴリ
          <br />
          <select defaultValue={filter.category ?? ''} name="category">
            <option value="">すべて</option>
            {data.options.categories.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        <label>
          セグメント
          <br />
          <select defaultValue={filter.segment ?? ''} name="segment">
            <option value="">すべて</option>
            {data.options.segments.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        </label>
        <button className="btn btn--style-primary btn--size-small" type="submit">絞り込む</button>
        <a className="btn btn--style-secondary btn--size-small" download href={`${api}/line-analytics/export?${qs}`}>CSV を書き出す</a>
      </form>

      <div data-testid="line-analytics-totals" style={{ display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 24 }}>
        <Stat label="配信" value={`${data.totals.deliveries} 件`} />
        <Stat label="配信対象数" value={figure(data.totals.recipients)} />
        <Stat label="配信数" value={figure(data.totals.delivered)} />
        <Stat label="開封率（LINE）" value={percent(data.totals.openRate)} />
        <Stat label="クリック数" value={figure(data.totals.clicks)} />
        <Stat label="クリック率" value={percent(data.totals.clickRate)} />
      </div>

      {selected ? <DeliveryDetail figures={selected} /> : null}

      <DailyClicksChart daily={data.daily} />
      <RatesChart rows={data.deliveries.slice(0, 15)} />
      <StackedChart series={data.bySegment} testId="chart-segments" title="セグメント別クリック者数（日別）" />
      <StackedChart series={data.byCategory} testId="chart-categories" title="カテゴリ別クリック者数（日別）" />
      <FollowersChart account={data.account} />

      <h2>配信ごとの結果</h2>
      <div style={{ overflowX: 'auto' }}>
        <table data-testid="line-analytics-deliveries" style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
          <thead>
            <tr>
              {['配信', 'セグメント', 'カテゴリ', '配信対象', '配信数', '開封者（LINE）', '開封率', 'クリック', 'クリック者', 'クリック率', 'クリック率（LINE）'].map((h) => (
                <th key={h} style={{ ...cell, textAlign: h === '配信' || h === 'セグメント' || h === 'カテゴリ' ? 'left' : 'right' }}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.deliveries.map((r) => (
              <tr key={r.id}>
                <td style={left}>
                  <a href={`?${qs}&delivery=${r.id}`}>{r.title}</a>
                  <div style={{ color: 'var(--theme-elevation-500)', fontSize: 11 }}>{r.startedAt?.slice(0, 16).replace('T', ' ')}</div>
                </td>
                <td style={left}>{r.segmentLabel}</td>
                <td style={left}>{r.categoryLabel}</td>
                <td style={cell}>{figure(r.recipients)}</td>
                <td style={cell}>{figure(r.delivered)}</td>
                <td style={cell}>{figure(r.uniqueImpressions, r.lineStatistics === 'pending')}</td>
                <td style={cell}>{percent(r.openRate)}</td>
                <td style={cell}>{figure(r.clicks)}</td>
                <td style={cell}>{figure(r.uniqueClicks)}</td>
                <td style={cell}>{percent(r.clickRate)}</td>
                <td style={cell}>{r.lineStatistics === 'pending' ? '未取得' : r.lineUniqueClicks === null ? '20未満のため非公開' : percent(r.lineClickRate)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 style={{ marginTop: 32 }}>クリック率の高いお知らせ</h2>
      <ol data-testid="line-analytics-top">
        {data.topAnnouncements.map((t) => (
          <li key={t.document}>
            {t.title} — {percent(t.clickRate)}（クリック者 {figure(t.uniqueClicks)} / 配信数 {figure(t.delivered)}、{t.deliveries} 回配信）
          </li>
        ))}
      </ol>
    </div>,
  )
}
