import { describe, expect, it } from '@jest/globals'

import { resolveOptions } from '../defaults'
import { canonical, planMerge } from '../import/merge'
import { htmlToText } from '../jgrants/htmlToText'
import { MalformedItemError, parseDetail } from '../jgrants/parse'
import { detailMapper } from '../mapping/detail'
import { lexicalFromText } from '../mapping/richText'
import { testVocabulary } from './config'

const mapDetail = detailMapper(resolveOptions({ vocabulary: testVocabulary }).vocabulary)

describe('htmlToText', () => {
  it('keeps words and paragraphs, drops tags and scripts, decodes entities', () => {
    expect(htmlToText('<p>創業&amp;承継</p><script>alert(1)</script><ul><li>広報費</li><li>設備費</li></ul><p>以上&#12290;</p>')).toBe(
      '創業&承継\n\n- 広報費\n- 設備費\n\n以上。',
    )
  })
})

describe('parseDetail', () => {
  const base = { id: 'a0W5h00000Test01AAA', title: '補助金' }
  it('accepts a minimal item and refuses what it cannot trust', () => {
    expect(parseDetail(base).id).toBe(base.id)
    expect(() => parseDetail(null)).toThrow(MalformedItemError)
    expect(() => parseDetail({ ...base, title: ' ' })).toThrow(/title/)
    expect(() => parseDetail({ ...base, subsidy_max_limit: '未定' })).toThrow(/subsidy_max_limit/)
    expect(() => parseDetail({ ...base, acceptance_end_datetime: '令和8年12月頃' })).toThrow(/acceptance_end_datetime/)
    expect(() => parseDetail({ ...base, detail: 42 })).toThrow(/detail/)
  })
})

describe('mapDetail', () => {
  it("maps jGrants' vocabulary onto the programme's codes", () => {
    const mapped = mapDetail({
      id: 'X1',
      industry: '製造業 / 宿泊業，飲食サービス業 / 未知の業種',
      target_area_search: '秋田県',
      target_number_of_employees: '３００名以下',
      title: '創業支援助成金',
      use_purpose: '新たな事業を行いたい / 災害（自然災害、感染症等）支援がほしい',
    })
    expect(mapped).toMatchObject({
      areaScope: 'prefecture',
      employeeLimit: 300,
      industries: ['E', 'M'],
      kind: 'grant',
      purposes: ['new_business', 'disaster'],
      stages: ['pre_founding', 'founding'],
    })
  })

  it('maps nothing it has no vocabulary for', () => {
    const bare = detailMapper(resolveOptions().vocabulary)
    const detail = {
      id: 'X2',
      industry: '製造業',
      target_area_detail: '秋田市',
      target_area_search: '秋田県',
      title: '補助金',
      use_purpose: '新たな事業を行いたい',
    }
    expect(bare(detail)).toMatchObject({ areaScope: 'prefecture', industries: [], municipalities: [], purposes: [] })
    expect(mapDetail(detail)).toMatchObject({
      areaScope: 'municipalities',
      industries: ['E'],
      municipalities: ['akita'],
      purposes: ['new_business'],
    })
  })
})

describe('lexicalFromText', () => {
  it("builds Payload's editor state: paragraphs, bullet lists and headings", () => {
    const state = lexicalFromText('## 概要\n\n創業を\n支援します。\n\n- 広報費\n- 設備費')
    expect(state.root).toMatchObject({ type: 'root', direction: 'ltr', format: '', indent: 0, version: 1 })
    expect(state.root.children.map((node: any) => node.type)).toEqual(['heading', 'paragraph', 'list'])
    expect((state.root.children[1] as any).children[0].text).toBe('創業を 支援します。')
    expect((state.root.children[2] as any).children.map((item: any) => item.children[0].text)).toEqual(['広報費', '設備費'])
    expect(lexicalFromText('').root.children).toHaveLength(1)
  })
})

describe('planMerge', () => {
  const incoming = { ...mapDetail({ detail: '<p>本文</p>', id: 'X', subsidy_max_limit: 2, title: '新タイトル' }) }
  const previous = { ...mapDetail({ detail: '<p>本文</p>', id: 'X', subsidy_max_limit: 1, title: '旧タイトル' }) }

  it('updates fields nobody touched and keeps edited ones with their old snapshot', () => {
    const existing = { ...previous, title: '編集者のタイトル' }
    const plan = planMerge(existing, previous, incoming)
    expect(plan.edited).toEqual(['title'])
    expect(plan.updates).toEqual({ maxAmount: 2 })
    expect(plan.snapshot.title).toBe('旧タイトル')
    expect(plan.snapshot.maxAmount).toBe(2)
  })

  it('treats reordered lists, equal instants and empty values as unchanged', () => {
    expect(canonical(['b', 'a'])).toBe(canonical(['a', 'b']))
    expect(canonical('2026-04-01T00:00:00Z')).toBe(canonical('2026-04-01T00:00:00.000Z'))
    expect(canonical('')).toBe(canonical(null))
    expect(canonical({ b: 1, a: 2 })).toBe(canonical({ a: 2, b: 1 }))
    expect(planMerge(previous, previous, previous).updates).toEqual({})
  })
})
