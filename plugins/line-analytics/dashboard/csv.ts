import { toCsv } from '@akita-dx/plugin-core/shared'

import type { Locale } from '../translations'
import { figureText } from './figures'
import type { Dashboard, DashboardRow } from './types'

const HEADER = [
  'csvId',
  'csvStartedAt',
  'csvDocument',
  'csvCategory',
  'csvDepartment',
  'csvSegment',
  'csvRecipients',
  'csvDelivered',
  'csvOpened',
  'csvOpenRate',
  'csvClicks',
  'csvClickers',
  'csvClickRate',
  'csvLineClickers',
  'csvLineClickRate',
] as const

const percent = (value: null | number) => (value === null ? '' : value.toFixed(1))

/** The dashboard's deliveries as CSV for Excel (BOM, CRLF); LINE's hidden figures spelled out. */
export const dashboardCsv = (data: Dashboard, { t }: Locale): string => {
  const words = { hidden: t('figureHidden'), pending: t('figurePending') }
  const lineFigure = (row: DashboardRow, value: null | number) =>
    figureText(value, words, row.lineStatistics === 'pending').replaceAll(',', '')
  return toCsv(
    HEADER.map((key) => t(key)),
    data.deliveries.map((r) => [
      r.id,
      r.startedAt ?? '',
      r.title,
      r.categoryLabel,
      r.departmentLabel,
      r.segmentLabel,
      r.recipients,
      r.delivered ?? '',
      lineFigure(r, r.uniqueImpressions),
      percent(r.openRate),
      r.clicks,
      r.uniqueClicks,
      percent(r.clickRate),
      lineFigure(r, r.lineUniqueClicks),
      percent(r.lineClickRate),
    ]),
  )
}
