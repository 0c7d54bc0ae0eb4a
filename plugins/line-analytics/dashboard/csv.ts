import type { Locale } from '../translations'
import { figureText } from './figures'
import type { Dashboard, DashboardRow } from './types'

const csvCell = (value: unknown): string => {
  const text = value === null || value === undefined ? '' : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * CSV with a UTF-8 byte order mark and CRLF line ends: without the BOM Excel on Windows reads
 * the file as Shift_JIS and the Japanese comes out garbled. Cells that start with = + - @ are
 * prefixed with ' so a spreadsheet never runs them as formulas.
 */
export const toCsv = (header: string[], rows: unknown[][]): string => {
  const guard = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value)
  const lines = [header, ...rows].map((row) => row.map((cell) => csvCell(guard(cell))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

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
