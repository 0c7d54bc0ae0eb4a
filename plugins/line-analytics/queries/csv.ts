import { formatFigure, toCsv } from '../utilities/figures'
import type { Dashboard } from './dashboard'

const percent = (value: null | number) => (value === null ? '' : value.toFixed(1))

/** The dashboard's deliveries as CSV for Excel (BOM, CRLF); LINE's hidden figures spelled out. */
export const dashboardCsv = (data: Dashboard): string => {
  const lineFigure = (row: Dashboard['deliveries'][number], value: null | number) =>
    row.lineStatistics === 'pending' ? '未取得' : formatFigure(value).replaceAll(',', '')
  return toCsv(
    ['配信ID', '配信開始', '文書', 'カテゴリ', '担当課', 'セグメント', '配信対象数', '配信数', '開封者数（LINE）', '開封率（%）', 'クリック数', 'クリック者数', 'クリック率（%）', 'クリック者数（LINE）', 'クリック率（LINE、%）'],
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
