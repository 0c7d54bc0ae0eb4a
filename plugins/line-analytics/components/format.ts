/** Formatting shared by the server and client components (no React, no server code). */
export const HIDDEN = '20未満のため非公開'

export const figure = (value: null | number | undefined, pending = false): string => {
  if (pending) return '未取得'
  if (value === null) return HIDDEN
  if (value === undefined) return '—'
  return value.toLocaleString('ja-JP')
}

export const percent = (value: null | number | undefined): string =>
  value === null || value === undefined ? '—' : `${value.toFixed(1)}%`

export const PALETTE = ['#1B5E9F', '#E07A1F', '#2E9E5B', '#B8336A', '#7A5BB5', '#C9A227', '#3A9FBF', '#8C564B', '#5F6B73', '#D64541']
