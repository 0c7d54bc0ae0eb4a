import type { PublicReader, StoryDetail, SubsidyDetail } from '@akita-dx/plugin-public-api'

import { areaLabel } from './labels'

/** Kinds that hand out money a founder need not repay: schema.org's MonetaryGrant; the rest are GovernmentServices. */
const GRANT_KINDS = new Set(['subsidy', 'grant'])

/**
 * schema.org data of a programme, as search engines read it: a MonetaryGrant (with its funder
 * and amount) for subsidies and grants, a GovernmentService (with its provider) for loans and
 * the rest.
 */
export const subsidyStructuredData = (reader: PublicReader, p: SubsidyDetail): Record<string, unknown> => {
  const url = `${reader.serverURL}/subsidies/${p.slug}`
  const organisation = {
    '@type': p.provider.level === 'chamber' || p.provider.level === 'financial' ? 'Organization' : 'GovernmentOrganization',
    name: p.provider.name,
  }
  const common = {
    '@context': 'https://schema.org',
    areaServed: areaLabel(reader, p.area, p.municipalities),
    description: p.catchPhrase ?? p.summary ?? undefined,
    name: p.title,
    url,
  }
  if (GRANT_KINDS.has(p.kind)) {
    return {
      ...common,
      '@type': 'MonetaryGrant',
      ...(p.maxAmount ? { amount: { '@type': 'MonetaryAmount', currency: 'JPY', maxValue: p.maxAmount } } : {}),
      funder: organisation,
    }
  }
  return { ...common, '@type': 'GovernmentService', provider: organisation, serviceType: p.kindLabel ?? undefined }
}

/** schema.org data of a founder story: an Article about a person and their company. */
export const storyStructuredData = (reader: PublicReader, s: StoryDetail): Record<string, unknown> => ({
  '@context': 'https://schema.org',
  '@type': 'Article',
  about: { '@type': 'Person', name: s.founderName, worksFor: { '@type': 'Organization', name: s.company } },
  dateModified: typeof s.updatedAt === 'string' ? s.updatedAt : undefined,
  headline: s.title ?? `${s.company}（${s.founderName}さん）`,
  image: s.portrait?.url,
  url: `${reader.serverURL}/stories/${s.slug}`,
})
