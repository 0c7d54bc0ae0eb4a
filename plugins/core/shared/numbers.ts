const grouping = new Intl.NumberFormat('ja-JP')

/** A count as Japanese readers write it: `12,345`. The one number format of every plugin's screens. */
export const formatNumber = (value: number): string => grouping.format(value)

/** A percentage with one decimal (`42.5%`); `—` when unknown. */
export const formatPercent = (value: null | number | undefined): string =>
  value === null || value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(1)}%`
