import type { Payload } from 'payload'

import { startPublicApi } from './config'
import { createProgramme as createSubsidy, createStory, daysFromNow } from './fixtures'

/**
 * Programmes in every status and of several kinds, areas and providers, a draft, and stories
 * (one a draft) that list the first programme. Returns the programmes' ids by name.
 */
export const createScenario = async (p: Payload): Promise<Record<string, string>> => {
  const ids: Record<string, string> = {}
  const sogyo = await createSubsidy(p, {
    catchPhrase: 'ＤＸで創業をあと押し',
    employeeLimit: 20,
    industries: ['G'],
    keywords: ['スタートアップ'],
    maxAmount: 2_000_000,
    purposes: ['new_business'],
    slug: 'akita-sogyo',
    stages: ['founding'],
    title: '秋田県創業支援補助金',
    internalMemo: '課内限り：予算残額わずか',
    provenance: { note: '内部メモ: 要綱改正予定', source: 'manual' },
  })
  ids.sogyo = String(sogyo.id)
  ids.noshiro = String(
    (
      await createSubsidy(p, {
        acceptanceEnd: daysFromNow(5),
        areaScope: 'municipalities',
        kind: 'grant',
        maxAmount: 500_000,
        municipalities: ['noshiro'],
        providerLevel: 'municipality',
        providerName: '能代市',
        purposes: ['new_business'],
        slug: 'noshiro-akiya',
        title: '能代市空き店舗活用創業助成金',
      })
    ).id,
  )
  ids.closed = String(
    (
      await createSubsidy(p, {
        acceptanceEnd: daysFromNow(-3),
        acceptanceStart: daysFromNow(-60),
        maxAmount: 9_000_000,
        slug: 'closed-one',
        title: '終了した創業補助金',
      })
    ).id,
  )
  ids.upcoming = String(
    (
      await createSubsidy(p, {
        acceptanceEnd: daysFromNow(90),
        acceptanceStart: daysFromNow(20),
        kind: 'loan',
        providerLevel: 'financial',
        providerName: '秋田銀行',
        slug: 'upcoming-loan',
        title: '創業支援融資（来月受付開始）',
      })
    ).id,
  )
  ids.yearRound = String(
    (
      await createSubsidy(p, {
        acceptanceEnd: null,
        acceptanceStart: null,
        areaScope: 'nationwide',
        kind: 'loan',
        providerLevel: 'national',
        providerName: '日本政策金融公庫',
        slug: 'jfc-loan',
        title: '新規開業資金',
        yearRound: true,
      })
    ).id,
  )
  ids.draft = String((await createSubsidy(p, { slug: 'secret-draft', title: '未公開の創業補助金' }, { draft: true })).id)
  await createStory(p, { programmes: [Number(ids.sogyo)], slug: 'cafe-founder', founderName: '佐々木 花' })
  await createStory(p, { programmes: [Number(ids.sogyo)], slug: 'draft-founder' }, { draft: true })
  return ids
}

/** The plugin on its own, served, with the scenario in its database. */
export const startScenario = async () => {
  const server = await startPublicApi()
  return { api: `${server.baseUrl}/api/public`, ids: await createScenario(server.payload), server }
}
