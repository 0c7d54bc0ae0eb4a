import type { Config, PayloadRequest } from 'payload'

import type { ID } from '../shared/ids'

import { labelIn } from '../shared/labels'

import { registryOf, withRegistry } from '../server/registry'

/** One item of a staff member's track record (実績): an adopted idea, help given to a department. */
export type TrackRecordItem = {
  /** Day or instant the item dates from (adopted, help accepted), ISO; the list is newest first. */
  date?: null | string
  /** One line under the title: the department concerned, a period, a state. */
  detail?: null | string
  /** Admin path of the item, under the admin route (`/collections/ideas/12`), where the viewer may open it. */
  url?: null | string
  title: string
}

/**
 * A kind of track record a plugin keeps: the idea box knows adopted ideas, the talent bank the help
 * given. `list` answers the person's items the viewer (`req.user`) may see, and nothing for a viewer
 * who may not.
 */
export type TrackRecordSource = {
  /** Stable key (`ideaBox.adoptedIdeas`). */
  kind: string
  /** Heading of the section, per admin language (`{ ja: '採用されたアイデア', en: 'Adopted ideas' }`). */
  label: Record<string, string>
  list: (req: PayloadRequest, userId: ID) => Promise<TrackRecordItem[]>
}

export type TrackRecordSection = { items: TrackRecordItem[]; kind: string; label: string }

/** Installs a kind of track record, shown on staff profiles (the talent bank's 実績 panel). */
export const addTrackRecordSource = (config: Config, source: TrackRecordSource): Config =>
  withRegistry(config, (registry) => ({ ...registry, trackRecordSources: [...registry.trackRecordSources, source] }))

const newestFirst = (a: TrackRecordItem, b: TrackRecordItem): number => String(b.date ?? '').localeCompare(String(a.date ?? ''))

/**
 * The person's track record as the viewer may see it, one section per installed kind, in the
 * order the plugins were installed. A source that fails is logged and left out, so one broken
 * plugin does not hide the others.
 */
export const trackRecordOf = async (req: PayloadRequest, userId: ID): Promise<TrackRecordSection[]> => {
  const sections: TrackRecordSection[] = []
  for (const source of registryOf(req.payload.config).trackRecordSources) {
    try {
      const items = [...(await source.list(req, userId))].sort(newestFirst)
      sections.push({ items, kind: source.kind, label: labelIn(source.label, req.i18n?.language) })
    } catch (error) {
      req.payload.logger.warn({ err: error, kind: source.kind, msg: 'track record source failed' })
    }
  }
  return sections
}
