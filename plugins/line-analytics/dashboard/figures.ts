/** How figures read, on the server (CSV) and in the client components alike: no server code here. */
import { formatNumber } from '@akita-dx/plugin-core/shared'

/** A rate in percent with one decimal, or null when either side is unknown. */
export const rate = (part: null | number | undefined, whole: null | number | undefined): null | number => {
  if (part === null || part === undefined || !whole) return null
  return Math.round((part / whole) * 1000) / 10
}

/** What a missing LINE figure is called: hidden by LINE (under 20), or not read yet. */
export type FigureWords = { hidden: string; pending: string }

/** A LINE figure as editors read it: the number, or why it is missing. */
export const figureText = (value: null | number | undefined, words: FigureWords, pending = false): string => {
  if (pending) return words.pending
  if (value === null) return words.hidden
  if (value === undefined) return '—'
  return formatNumber(value)
}
