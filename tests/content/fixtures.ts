import type { Payload } from 'payload'

import { lexicalFromText } from '../../collections/subsidies/lexical'

const DAY = 86_400_000

/** An instant `days` from now (negative: in the past). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()

let counter = 0

export type SubsidyInput = Record<string, unknown> & { title?: string }

/** Creates a programme through the Local API; published unless `draft` is set. */
export const createSubsidy = async (payload: Payload, data: SubsidyInput = {}, { draft = false }: { draft?: boolean } = {}) => {
  counter += 1
  return payload.create({
    collection: 'subsidies',
    data: {
      _status: draft ? 'draft' : 'published',
      acceptanceEnd: daysFromNow(60),
      acceptanceStart: daysFromNow(-10),
      areaScope: 'prefecture',
      detail: lexicalFromText(['## 概要', '県内で創業する方の<初期費用>を補助します。', '- 店舗改装費\n- 広告宣伝費']),
      kind: 'subsidy',
      providerLevel: 'prefecture',
      providerName: '秋田県',
      slug: `test-programme-${counter}`,
      summary: '県内で新たに事業を始める方の経費の一部を補助します。',
      title: `テスト補助金${counter}`,
      ...data,
    },
    draft,
    overrideAccess: true,
  }) as Promise<Record<string, any>>
}

export const createStory = async (payload: Payload, data: Record<string, unknown> = {}, { draft = false } = {}) => {
  counter += 1
  return payload.create({
    collection: 'founder-stories',
    data: {
      _status: draft ? 'draft' : 'published',
      company: `テスト商店${counter}`,
      founderName: `秋田 太郎${counter}`,
      foundingYear: 2020,
      municipality: 'akita',
      slug: `test-story-${counter}`,
      story: lexicalFromText('秋田市で小さな店を開きました。'),
      ...data,
    },
    draft,
    overrideAccess: true,
  }) as Promise<Record<string, any>>
}

export const getJson = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, init)
  const text = await res.text()
  return { body: text ? (JSON.parse(text) as any) : null, headers: res.headers, status: res.status }
}
