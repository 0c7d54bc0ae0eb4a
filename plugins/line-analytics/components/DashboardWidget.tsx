import type { ServerProps } from 'payload'

import { DailyClicksChart } from '@akita-dx/plugin-line-analytics/client'
import React from 'react'

import { dashboardData, parseDashboardFilter } from '../dashboard'
import { scopedFilter } from '../dashboard/scope'
import { analyticsOptionsOf } from '../options'
import { localeOf } from '../translations'
import { figureFormat, percent } from './format'

/** The last 30 days of LINE deliveries on the admin dashboard, for editors. */
export const DashboardWidget = async ({ i18n, payload, user }: ServerProps) => {
  if (!payload) return null
  const options = analyticsOptionsOf(payload)
  if (!options.organisation.isEditorUser(user)) return null
  const parsed = parseDashboardFilter({}, options.categories)
  const filter = 'problem' in parsed ? null : await scopedFilter({ payload, user: user ?? null }, parsed.filter)
  if (!filter) return null
  const locale = localeOf(i18n)
  const { t } = locale
  const figure = figureFormat(t)
  const data = await dashboardData(payload, filter, { locale })
  const summary = t('widgetSummary', {
    clickRate: percent(data.totals.clickRate),
    clicks: figure(data.totals.clicks),
    count: data.totals.deliveries,
    delivered: figure(data.totals.delivered),
    openRate: percent(data.totals.openRate),
  })
  return (
    <section data-testid="line-analytics-widget" style={{ margin: '24px 0' }}>
      <h2 style={{ marginBottom: 8 }}>{t('widgetTitle')}</h2>
      <p style={{ marginTop: 0 }}>
        {summary} — <a href={`${payload.config.routes.admin}/line-analytics`}>{t('widgetOpen')}</a>
      </p>
      <DailyClicksChart daily={data.daily} height={180} />
    </section>
  )
}
