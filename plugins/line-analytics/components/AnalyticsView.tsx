import type { AdminViewServerProps } from 'payload'

import { DailyClicksChart, FollowersChart, RatesChart, StackedChart } from '@akita-dx/plugin-line-analytics/client'
import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import React from 'react'

import {
  type Dashboard,
  dashboardData,
  type DashboardFilter,
  deliveryFigures,
  type DeliveryFigures,
  parseDashboardFilter,
} from '../dashboard'
import { readableDelivery, scopedFilter } from '../dashboard/scope'
import { analyticsOptionsOf } from '../options'
import { localeOf } from '../translations'
import { DeliveriesTable, Filters, TopAnnouncements, Totals } from './AnalyticsParts'
import { DeliveryDetail } from './DeliveryDetail'
import type { Translate } from './format'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

type BodyProps = { api: string; data: Dashboard; filter: DashboardFilter; selected: DeliveryFigures | null; t: Translate }

const AnalyticsBody = ({ api, data, filter, selected, t }: BodyProps) => {
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v) as [string, string][]).toString()
  return (
    <div data-testid="line-analytics-view" style={{ paddingBottom: 48 }}>
      <h1 style={{ margin: '24px 0 8px' }}>{t('viewTitle')}</h1>
      <p style={{ color: 'var(--theme-elevation-600)', marginTop: 0 }}>{t('viewIntro')}</p>
      <Filters data={data} exportUrl={`${api}/line-analytics/export?${query}`} filter={filter} t={t} />
      <Totals data={data} t={t} />
      {selected ? <DeliveryDetail figures={selected} t={t} /> : null}
      <DailyClicksChart daily={data.daily} />
      <RatesChart rows={data.deliveries.slice(0, 15)} />
      <StackedChart series={data.bySegment} testId="chart-segments" title={t('chartSegments')} />
      <StackedChart series={data.byCategory} testId="chart-categories" title={t('chartCategories')} />
      <FollowersChart account={data.account} />
      <h2>{t('tableTitle')}</h2>
      <DeliveriesTable data={data} query={query} t={t} />
      <h2 style={{ marginTop: 32 }}>{t('topTitle')}</h2>
      <TopAnnouncements data={data} t={t} />
    </div>
  )
}

/** 「配信分析」: what each LINE delivery reached and how residents responded, with filters and CSV export. */
export const AnalyticsView = async ({ initPageResult, params, searchParams }: AdminViewServerProps) => {
  const { req } = initPageResult
  const locale = localeOf(req.i18n)
  const { t } = locale
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
  const options = analyticsOptionsOf(req.payload)
  if (!options.organisation.isEditorUser(req.user)) return template(<p>{t('viewEditorsOnly')}</p>)
  const query = Object.fromEntries(Object.entries(searchParams ?? {}).map(([k, v]) => [k, first(v)]))
  const parsed = parseDashboardFilter(query, options.categories)
  if ('problem' in parsed) return template(<p role="alert">{t(parsed.problem.message, parsed.problem.vars)}</p>)
  const filter = await scopedFilter(req, parsed.filter)
  if (!filter) return template(<p role="alert">{t('errorNoDepartment')}</p>)
  const asked = typeof query.delivery === 'string' && /^[0-9A-Za-z_-]{1,64}$/.test(query.delivery) ? query.delivery : null
  const delivery = asked && (await readableDelivery(req, asked)) ? asked : null
  const [data, selected] = await Promise.all([
    dashboardData(req.payload, filter, { locale }),
    delivery ? deliveryFigures(req.payload, delivery) : Promise.resolve(null),
  ])
  return template(<AnalyticsBody api={req.payload.config.routes.api} data={data} filter={filter} selected={selected} t={t} />)
}
