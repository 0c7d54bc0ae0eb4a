import type { Payload } from 'payload'

import { buildEditorState } from '@payloadcms/richtext-lexical'

const DAY = 86_400_000

/** An instant `days` from now (negative: in the past). */
export const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()

/** 概要 as a heading, a paragraph with markup-like text, and a bullet list (Lexical JSON, as the editor saves it). */
export const richDetail = () => {
  const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
  const block = { direction: 'ltr', format: '', indent: 0, version: 1 }
  const item = (value: number, words: string) => ({ ...block, type: 'listitem', children: [text(words)], value })
  return buildEditorState({
    nodes: [
      { ...block, type: 'heading', children: [text('概要')], tag: 'h3' },
      {
        ...block,
        type: 'paragraph',
        children: [text('県内で創業する方の<初期費用>を補助します。')],
        textFormat: 0,
        textStyle: '',
      },
      {
        ...block,
        type: 'list',
        children: [item(1, '店舗改装費'), item(2, '広告宣伝費')],
        listType: 'bullet',
        start: 1,
        tag: 'ul',
      },
    ] as never,
  })
}

let counter = 0

/** Creates a programme through the Local API; published unless `draft` is set. */
export const createProgramme = async (payload: Payload, data: Record<string, unknown> = {}, { draft = false } = {}) => {
  counter += 1
  return (await payload.create({
    collection: 'subsidies',
    data: {
      _status: draft ? 'draft' : 'published',
      acceptanceEnd: daysFromNow(60),
      acceptanceStart: daysFromNow(-10),
      areaScope: 'prefecture',
      detail: richDetail(),
      kind: 'subsidy',
      provenance: { source: 'manual' },
      providerLevel: 'prefecture',
      providerName: '秋田県',
      slug: `test-programme-${counter}`,
      summary: '県内で新たに事業を始める方の経費の一部を補助します。',
      title: `テスト補助金${counter}`,
      ...data,
    },
    draft,
    overrideAccess: true,
  })) as Record<string, any>
}

export const createStory = async (payload: Payload, data: Record<string, unknown> = {}, { draft = false } = {}) => {
  counter += 1
  return (await payload.create({
    collection: 'founder-stories',
    data: {
      _status: draft ? 'draft' : 'published',
      company: `テスト商店${counter}`,
      founderName: `秋田 太郎${counter}`,
      foundingYear: 2020,
      municipality: 'akita',
      slug: `test-story-${counter}`,
      story: buildEditorState({ text: '秋田市で小さな店を開きました。' }),
      ...data,
    },
    draft,
    overrideAccess: true,
  })) as Record<string, any>
}

export const getJson = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, init)
  const text = await res.text()
  return { body: text ? (JSON.parse(text) as any) : null, headers: res.headers, status: res.status }
}
