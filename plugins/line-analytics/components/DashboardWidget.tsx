import type { ServerProps } from 'payload'

import React from 'react'

import { isEditorUser } from '../../../src/access'
import { dashboardData, parseDashboardFilter } from '../queries/dashboard'
import { DailyClicksChart } from './Charts'
import { figure, percent } from './format'

/** The last 30 days of LINE deliveries on the admin dashboard, for editors. */
export const DashboardWidget = async ({ payload, user }: ServerProps) => {
  if (!payload || !isEditorUser(user as never)) return null
  const filter = parseDashboardFilter({})
  if (typeof filter === 'string') return null
  const data = await dashboardData(payload, filter)
  return (
    <section data-testid="line-analytics-widget" style={{ margin: '24px 0' }}>
      <h2 style={{ marginBottom: 8 }}>LINE 配信分析（直近30日）</h2>
      <p style={{ marginTop: 0 }}>
        配信 {data.totals.deliveries} 件 ／ 配信数 {figure(data.totals.delivered)} ／ 開封率（LINE） {percent(data.totals.openRate)} ／ クリック{' '}
        {figure(data.totals.clicks)}（クリック率 {percent(data.totals.clickRate)}） — <a href="/admin/line-analytics">配信分析を開く</a>
      </p>
      <DailyClicksChart daily={data.daily} height={180} />
    </section>
  )
}
