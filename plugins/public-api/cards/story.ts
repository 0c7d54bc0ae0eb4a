import { idKeyOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedPublicApiOptions, StoryFields } from '../types'
import type { MediaById } from './media'

import { idsOf, readFields, selectOf, valueAt } from '../fieldMap'
import { labelsOf } from '../rules/terms'
import { renderRichText } from './richText'
import { strings } from './subsidy'

type Story = Record<keyof StoryFields, any> & { id: unknown }

const CARD_FIELDS: readonly (keyof StoryFields)[] = [
  'company',
  'founderName',
  'foundingYear',
  'industry',
  'municipality',
  'portrait',
  'quote',
  'slug',
  'tags',
  'title',
]

export type StoryCards = ReturnType<typeof storyCards>

/** Cards and details of founder stories, read through the field map, labelled from the vocabulary. */
export const storyCards = (fields: StoryFields, { vocabulary }: ResolvedPublicApiOptions) => {
  const industryLabels = labelsOf(vocabulary.industries)
  const municipalityNames = labelsOf(vocabulary.municipalities)

  const cardOf = (s: Story, media: MediaById) => ({
    company: s.company,
    founderName: s.founderName,
    foundingYear: typeof s.foundingYear === 'number' ? s.foundingYear : null,
    id: String(s.id),
    industry: s.industry ?? null,
    industryLabel: industryLabels.get(s.industry) ?? null,
    municipality: s.municipality,
    municipalityName: municipalityNames.get(s.municipality) ?? null,
    portrait: media.get(idKeyOf(s.portrait) ?? '') ?? null,
    quote: s.quote ?? null,
    slug: s.slug,
    tags: strings(s.tags),
    title: s.title ?? null,
  })

  return {
    card: (doc: Record<string, unknown>, media: MediaById) => cardOf(readFields(doc, fields), media),
    cardSelect: selectOf(CARD_FIELDS.map((key) => fields[key])),
    detail: (doc: Record<string, unknown>, media: MediaById, programmes: unknown[]) => {
      const story = readFields(doc, fields)
      return { ...cardOf(story, media), programmes, story: renderRichText(story.story), updatedAt: doc.updatedAt ?? null }
    },
    programmeIds: (doc: Record<string, unknown>) => idsOf(valueAt(doc, fields.programmes)),
    /** Ids of the portraits of these stories, for one media query. */
    portraitIds: (docs: Record<string, unknown>[]): string[] => [
      ...new Set(docs.map((doc) => idKeyOf(readFields(doc, fields).portrait)).filter((id): id is string => id !== null)),
    ],
  }
}
