import type { Endpoint } from 'payload'

import { dashboardCsv, dashboardData } from '../dashboard'
import { localeOf } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'
import { dashboardFilterOf, editorsOnly, json } from './request'

/** `GET /api/line-analytics/summary?from&to&department&category&segment`: the dashboard's data (editors). */
export const summaryEndpoint = (options: ResolvedAnalyticsOptions): Endpoint => ({
  handler: async (req) => {
    const filter = editorsOnly(req, options) ?? (await dashboardFilterOf(req, options))
    if (filter instanceof Response) return filter
    return json(await dashboardData(req.payload, filter, { locale: localeOf(req.i18n) }))
  },
  method: 'get',
  path: '/line-analytics/summary',
})

/** `GET /api/line-analytics/export?…`: the same deliveries as CSV for Excel (editors). */
export const exportEndpoint = (options: ResolvedAnalyticsOptions): Endpoint => ({
  handler: async (req) => {
    const filter = editorsOnly(req, options) ?? (await dashboardFilterOf(req, options))
    if (filter instanceof Response) return filter
    const locale = localeOf(req.i18n)
    return new Response(dashboardCsv(await dashboardData(req.payload, filter, { locale }), locale), {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="line-analytics_${filter.from}_${filter.to}.csv"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/line-analytics/export',
})
