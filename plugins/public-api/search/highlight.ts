import { normaliseForSearch } from '../rules/search'

/** Where a keyword search matched a hit: a stretch of one of its texts, with the matched words' offsets in it. */
export type Highlight = {
  field: HighlightField
  /** Offsets in `text` (UTF-16 code units, as JavaScript strings index), end exclusive, in order, not overlapping. */
  matches: { end: number; start: number }[]
  /** The field's text, or the part of it around the first match, with `…` where it was cut. */
  text: string
}

/** The texts a highlight is cut from, in the order a reader looks at a card (the ranking's title > catch phrase > rest). */
export const HIGHLIGHT_FIELDS = ['title', 'catchPhrase', 'summary', 'keywords', 'providerName'] as const
export type HighlightField = (typeof HIGHLIGHT_FIELDS)[number]

const BEFORE = 20
const WINDOW = 80

/** The text normalised character by character, with each normalised offset's original offset. */
const normalisedWithOffsets = (text: string) => {
  let normalised = ''
  const origin: number[] = []
  let offset = 0
  for (const char of text) {
    const folded = /\s/u.test(char) ? ' ' : char.normalize('NFKC').toLowerCase()
    for (let i = 0; i < folded.length; i++) origin.push(offset)
    normalised += folded
    offset += char.length
  }
  origin.push(offset)
  return { normalised, origin }
}

const merged = (ranges: { end: number; start: number }[]) =>
  ranges
    .sort((a, b) => a.start - b.start)
    .reduce<{ end: number; start: number }[]>((out, range) => {
      const last = out.at(-1)
      if (last && range.start <= last.end) last.end = Math.max(last.end, range.end)
      else out.push({ ...range })
      return out
    }, [])

/** Every place a word occurs in the text, as original offsets. */
const matchesIn = (text: string, words: readonly string[]) => {
  const { normalised, origin } = normalisedWithOffsets(text)
  const ranges: { end: number; start: number }[] = []
  for (const word of words) {
    for (let at = normalised.indexOf(word); at !== -1; at = normalised.indexOf(word, at + word.length)) {
      ranges.push({ end: origin[at + word.length], start: origin[at] })
    }
  }
  return merged(ranges)
}

/** The window of at most WINDOW characters from a little before the first match, with the offsets moved into it. */
const cut = (text: string, ranges: { end: number; start: number }[]) => {
  if (text.length <= WINDOW) return { matches: ranges, text }
  let from = Math.max(0, ranges[0].start - BEFORE)
  if (/[\uDC00-\uDFFF]/.test(text[from] ?? '')) from -= 1
  let to = Math.min(text.length, from + WINDOW)
  if (/[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to += 1
  const head = from > 0 ? '…' : ''
  const shift = head.length - from
  return {
    matches: ranges.filter((r) => r.start >= from && r.end <= to).map((r) => ({ end: r.end + shift, start: r.start + shift })),
    text: `${head}${text.slice(from, to)}${to < text.length ? '…' : ''}`,
  }
}

const textOf = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('、') : typeof value === 'string' ? value : ''

/**
 * The highlight of a hit for the query's words: the first text (in HIGHLIGHT_FIELDS order) that
 * contains one of them. The search also reads texts an app adds to its search column; when the
 * words matched only there, the title is given with no matches.
 */
export const highlightOf = (values: Record<string, unknown>, words: readonly string[]): Highlight => {
  const wanted = words.map(normaliseForSearch).filter(Boolean)
  for (const field of HIGHLIGHT_FIELDS) {
    const text = textOf(values[field])
    const ranges = text ? matchesIn(text, wanted) : []
    if (ranges.length) return { field, ...cut(text, ranges) }
  }
  return { field: 'title', matches: [], text: textOf(values.title).slice(0, WINDOW) }
}
