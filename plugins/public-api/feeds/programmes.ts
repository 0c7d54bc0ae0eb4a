import type { SelectType } from 'payload'

import { formatJstPeriod } from '@akita-dx/plugin-core/shared'

import type { ResolvedPublicApiOptions, SubsidyFields } from '../types'
import type { AtomEntry } from './atom'
import type { CalendarEvent } from './ics'

import { dayOrNull, strings } from '../cards/subsidy'
import { readFields, selectOf } from '../fieldMap'
import { labelsOf } from '../rules/terms'
import { publicApiT } from '../translations'

/** What the feeds show of a programme: reading only these keeps the queries small (no rich text). */
const FEED_FIELDS: readonly (keyof SubsidyFields)[] = [
  'acceptanceEnd',
  'acceptanceStart',
  'catchPhrase',
  'kind',
  'providerName',
  'purposes',
  'slug',
  'summary',
  'title',
]

/** A stored timestamp as an ISO instant, or null when it is none. */
const instantOrNull = (value: unknown): null | string => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const time = new Date(value).getTime()
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/** The stamps every document has; the epoch stands in for a missing one so that the body stays the same between requests. */
const stampsOf = (doc: Record<string, unknown>) => {
  const created = instantOrNull(doc.createdAt) ?? new Date(0).toISOString()
  return { created, updated: instantOrNull(doc.updatedAt) ?? created }
}

/** The host names of ids and UIDs; a serverURL that is no URL must not take the feeds down with it. */
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname || 'localhost'
  } catch {
    return 'localhost'
  }
}

const textOrNull = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

export type ProgrammeFeeds = ReturnType<typeof programmeFeeds>

/** Atom entries and calendar events of programmes, read through the field map, labelled from the vocabulary. */
export const programmeFeeds = (
  { basePath, serverURL, subsidies: { fields, pagePath }, vocabulary }: ResolvedPublicApiOptions,
  apiRoute: string,
) => {
  const kindLabels = labelsOf(vocabulary.kinds)
  const purposeLabels = labelsOf(vocabulary.purposes)
  const host = hostOf(serverURL)
  const api = `${serverURL}${apiRoute}${basePath}`
  const portalList = `${serverURL}${pagePath}`
  const portalPage = (slug: unknown) => `${portalList}/${encodeURIComponent(String(slug ?? ''))}`
  /** The filter URL of a term is its scheme and the term together, as Atom consumers join them. */
  const category = (param: 'kind' | 'purpose', labels: ReadonlyMap<string, string>) => (term: string) => ({
    label: labels.get(term) ?? term,
    scheme: `${api}/subsidies?${param}=`,
    term,
  })
  const kindCategory = category('kind', kindLabels)
  const purposeCategory = category('purpose', purposeLabels)

  const entryOf = (doc: Record<string, unknown>): AtomEntry => {
    const p = readFields(doc, fields)
    const { created, updated } = stampsOf(doc)
    return {
      author: textOrNull(p.providerName),
      categories: [...(typeof p.kind === 'string' ? [kindCategory(p.kind)] : []), ...strings(p.purposes).map(purposeCategory)],
      // A tag URI (RFC 4151) on the id, not the slug: an entry stays the same entry when its slug is corrected. The date
      // is the day the programme was created, when this host surely served it.
      id: `tag:${host},${created.slice(0, 10)}:subsidy-${String(p.id)}`,
      link: portalPage(p.slug),
      published: created,
      summary: textOrNull(p.catchPhrase) ?? textOrNull(p.summary),
      title: String(p.title ?? ''),
      updated,
    }
  }

  /** The deadline of a programme as an all-day event, or null when it has no acceptance end. */
  const eventOf = (doc: Record<string, unknown>): CalendarEvent | null => {
    const p = readFields(doc, fields)
    const day = dayOrNull(p.acceptanceEnd)
    if (!day) return null
    const period = formatJstPeriod(dayOrNull(p.acceptanceStart), day)
    const provider = textOrNull(p.providerName)
    const url = portalPage(p.slug)
    const description = [
      textOrNull(p.catchPhrase) ?? textOrNull(p.summary),
      publicApiT(undefined, 'deadlinePeriod', { period }),
      provider && publicApiT(undefined, 'deadlineProvider', { name: provider }),
      url,
    ]
    return {
      day,
      description: description.filter(Boolean).join('\n'),
      lastModified: stampsOf(doc).updated,
      summary: publicApiT(undefined, 'deadlineSummary', { title: String(p.title ?? '') }),
      uid: `subsidy-${String(p.id)}@${host}`,
      url,
    }
  }

  return {
    api,
    entry: entryOf,
    event: eventOf,
    portalList,
    select: { ...selectOf(FEED_FIELDS.map((key) => fields[key])), createdAt: true, updatedAt: true } as SelectType,
  }
}
