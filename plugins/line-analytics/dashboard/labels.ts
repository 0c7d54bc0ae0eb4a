import type { Payload } from 'payload'

import { LINE_SLUGS } from '@akita-dx/plugin-line'

import { analyticsOptionsOf } from '../options'
import type { Locale } from '../translations'

/** The field a collection's documents are named by (its `useAsTitle`, else `name`). */
const titleFieldOf = (payload: Payload, slug: string): string => {
  const title = payload.collections[slug]?.config.admin?.useAsTitle
  return title && title !== 'id' ? title : 'name'
}

const namesOf = async (payload: Payload, slug: string): Promise<Map<string, string>> => {
  if (!payload.collections[slug]) return new Map()
  const field = titleFieldOf(payload, slug)
  const found = await payload.find({
    collection: slug,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { [field]: true },
    sort: field,
  })
  return new Map(
    (found.docs as Record<string, unknown>[]).map((d) => [
      String(d.id),
      typeof d[field] === 'string' ? (d[field] as string) : String(d.id),
    ]),
  )
}

export type Labels = Awaited<ReturnType<typeof labelsOf>>

/** How the dashboard names departments, segments (and unions of them) and categories, in the admin's language. */
export const labelsOf = async (payload: Payload, locale: Locale) => {
  const { categories, organisation } = analyticsOptionsOf(payload)
  const [department, segment] = await Promise.all([namesOf(payload, organisation.departments), namesOf(payload, LINE_SLUGS.segments)])
  const category = new Map(categories.map((c) => [c.value, locale.language === 'en' ? (c.labelEn ?? c.label) : c.label]))
  return {
    category,
    categoryLabel: (key: null | string) => (key ? (category.get(key) ?? key) : locale.t('labelUncategorised')),
    department,
    segment,
    segmentLabel: (key: null | string) =>
      key
        ? key
            .split(',')
            .map((id) => segment.get(id) ?? `#${id}`)
            .join(' + ')
        : locale.t('labelNoSegment'),
  }
}
