import { HIDDEN_LABEL } from '../constants'

/** A LINE figure as editors read it: the number, or why it is missing. */
export const formatFigure = (value: null | number | undefined): string => {
  if (value === null) return HIDDEN_LABEL
  if (value === undefined) return '—'
  return value.toLocaleString('ja-JP')
}

/** A rate in percent with one decimal, or null when either side is unknown. */
export const rate = (part: null | number | undefined, whole: null | number | undefined): null | number => {
  if (part === null || part === undefined || !whole) return null
  return Math.round((part / whole) * 1000) / 10
}

export const formatRate = (value: null | number): string => (value === null ? '—' : `${value.toFixed(1)}%`)

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
