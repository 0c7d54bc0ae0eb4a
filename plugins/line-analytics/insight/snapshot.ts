import { CODE_PATTERN } from '../constants'

type LineClick = { click?: null | number; uniqueClick?: null | number; url?: string }
export type LineStats = {
  clicks?: LineClick[]
  overview?: { delivered?: null | number; uniqueClick?: null | number; uniqueImpression?: null | number }
}

export type UrlClicks = { clicks: null | number; code: null | string; uniqueClicks: null | number; url: string }

const addNullable = (a: null | number | undefined, b: null | number | undefined): null | number =>
  a === null || a === undefined ? (b ?? null) : b === null || b === undefined ? a : a + b

/**
 * LINE's figures per URL, merged across the messages of a delivery. LINE reports our tracked
 * links (that is what residents tapped), so each is mapped back to its code and original
 * target; null (under 20) stays null.
 */
export const urlClicksOf = (stats: LineStats, trackedPrefix: string, targets: Map<string, string>): UrlClicks[] => {
  const byUrl = new Map<string, UrlClicks>()
  for (const click of stats.clicks ?? []) {
    if (typeof click.url !== 'string') continue
    const code = click.url.startsWith(trackedPrefix) ? click.url.slice(trackedPrefix.length).split(/[?#/]/)[0] : null
    const known = code && CODE_PATTERN.test(code) ? code : null
    const url = (known && targets.get(known)) || click.url
    const entry = byUrl.get(url) ?? { clicks: null, code: known, uniqueClicks: null, url }
    entry.clicks = addNullable(entry.clicks, click.click)
    entry.uniqueClicks = addNullable(entry.uniqueClicks, click.uniqueClick)
    byUrl.set(url, entry)
  }
  return [...byUrl.values()]
}

const figure = (value: unknown): null | number => (typeof value === 'number' && Number.isFinite(value) ? value : null)

/** The stored snapshot figures; `delivered` of per-unit statistics is our own sent count (LINE does not report it). */
export const snapshotFigures = (stats: LineStats, fallbackDelivered: null | number) => ({
  delivered: stats.overview && 'delivered' in stats.overview ? figure(stats.overview.delivered) : fallbackDelivered,
  uniqueClicks: figure(stats.overview?.uniqueClick),
  uniqueImpressions: figure(stats.overview?.uniqueImpression),
})
