import type { Payload } from 'payload'

import type { SeedSubsidy } from './data/subsidies'
import type { SeedStep } from './types'

import { lexicalFromText } from '../collections/subsidies/lexical'
import { jstDayNumber, startOfJstDayNumber } from '@akita-dx/plugin-core/shared'
import { ANNOUNCEMENTS } from './data/announcements'
import { STORIES } from './data/stories'
import { MUNICIPAL_SUBSIDIES, PARTNER_SUBSIDIES, PREFECTURE_SUBSIDIES } from './data/subsidies'
import { createIfMissing, idBy } from './upsert'

export const SEED_SUBSIDIES: SeedSubsidy[] = [...PREFECTURE_SUBSIDIES, ...MUNICIPAL_SUBSIDIES, ...PARTNER_SUBSIDIES]

/** Japan calendar day `offset` days from `now`, as the instant it starts (what the date picker stores). */
const japanDay = (now: Date, offset: number) => startOfJstDayNumber(jstDayNumber(now) + offset).toISOString()

/** The programme's document data; dates relative to `now` so the demo keeps every status. */
export const subsidyData = (entry: SeedSubsidy, now: Date, departmentId?: number | string) => {
  const yearRound = entry.schedule === 'yearRound'
  const [start, end] = yearRound ? [null, null] : (entry.schedule as [null | number, null | number])
  const areaScope = entry.municipalities?.length ? 'municipalities' : entry.providerLevel === 'national' ? 'nationwide' : 'prefecture'
  return {
    _status: 'published',
    acceptanceEnd: end === null ? null : japanDay(now, end),
    acceptanceStart: start === null ? null : japanDay(now, start),
    applicationMethod: entry.applicationMethod,
    applicationUrl: entry.applicationUrl ?? null,
    areaScope,
    catchPhrase: entry.catchPhrase,
    department: departmentId ?? null,
    detail: lexicalFromText(entry.detail),
    eligibleEntities: entry.eligibleEntities,
    employeeLimit: entry.employeeLimit ?? null,
    industries: entry.industries ?? [],
    inquiry: entry.inquiry,
    keywords: entry.keywords ?? [],
    kind: entry.kind,
    maxAmount: entry.maxAmount ?? null,
    municipalities: entry.municipalities ?? [],
    providerLevel: entry.providerLevel,
    providerName: entry.providerName,
    provenance: { source: 'manual' },
    purposes: entry.purposes,
    rateText: entry.rateText ?? null,
    slug: entry.slug,
    stages: entry.stages,
    summary: entry.summary,
    title: entry.title,
    yearRound,
  }
}

const departmentIds = async (payload: Payload) => {
  const found = await payload.find({ collection: 'departments', depth: 0, limit: 100, overrideAccess: true, pagination: false })
  return new Map(found.docs.map((d) => [String((d as { code?: string }).code), d.id]))
}

/**
 * Support programmes, founder stories and announcements. Only missing documents are created
 * (by slug, or title for announcements), so a second run changes nothing and editors' changes stay.
 */
export const contentSeed: SeedStep = {
  name: 'content',
  run: async ({ log, payload }) => {
    const now = new Date()
    const departments = await departmentIds(payload)
    const created = { announcements: 0, stories: 0, subsidies: 0 }

    for (const entry of SEED_SUBSIDIES) {
      const result = await createIfMissing(
        payload,
        'subsidies' as never,
        { slug: { equals: entry.slug } },
        subsidyData(entry, now, entry.department ? departments.get(entry.department) : undefined) as never,
      )
      if (result.created) created.subsidies += 1
    }

    for (const story of STORIES) {
      const programmes = await Promise.all(story.programmes.map((slug) => idBy(payload, 'subsidies' as never, 'slug', slug)))
      const result = await createIfMissing(payload, 'founder-stories' as never, { slug: { equals: story.slug } }, {
        _status: 'published',
        company: story.company,
        department: departments.get('sangyo') ?? null,
        founderName: story.founderName,
        foundingYear: story.foundingYear,
        industry: story.industry,
        municipality: story.municipality,
        programmes,
        quote: story.quote,
        slug: story.slug,
        story: lexicalFromText(story.story),
        tags: story.tags,
        title: story.title,
      } as never)
      if (result.created) created.stories += 1
    }

    for (const item of ANNOUNCEMENTS) {
      const result = await createIfMissing(payload, 'announcements' as never, { title: { equals: item.title } }, {
        _status: 'published',
        body: lexicalFromText(item.body),
        category: item.category,
        department: departments.get(item.department) ?? null,
        links: item.links ?? [],
        municipalities: item.municipalities ?? [],
        summary: item.summary,
        title: item.title,
      } as never)
      if (result.created) created.announcements += 1
    }

    log(
      `コンテンツ: 支援制度 ${SEED_SUBSIDIES.length} 件, ロールモデル ${STORIES.length} 件, お知らせ ${ANNOUNCEMENTS.length} 件 ` +
        `(新規 ${created.subsidies} / ${created.stories} / ${created.announcements})`,
    )
  },
}
