import type { Payload } from 'payload'

import { api, createTestUser, loginHeaders, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { TALENT_REQUESTS } from '../../seed/data/talentRequests'
import { organisationSeed } from '../../seed/organisation'
import { talentSeed } from '../../seed/talent'

type Candidate = { profile: { displayName: string }; reasons: { code: string; message: string }[]; score: number }

// Only the steps the talent bank depends on: other steps' data is theirs to test.
const runSeed = async (payload: Payload, _options: { quiet: boolean }) => {
  for (const step of [organisationSeed, talentSeed]) await step.run({ log: () => undefined, payload })
}

const SLUGS = ['skills', 'users', 'staff-profiles', 'help-requests', 'help-matches'] as const

describe('the seeded talent bank', () => {
  let server: TestServer
  let payload: Payload
  let countsAfterFirstRun: number[]
  const asEditor = new Map<string, Candidate[]>()
  const names = (title: string) => (asEditor.get(title) ?? []).map((c) => c.profile.displayName)

  const matchesFor = async (title: string, roles: ('admin' | 'editor')[]) => {
    const request = TALENT_REQUESTS.find((r) => r.title === title)!
    const dept = (await payload.find({ collection: 'departments', where: { code: { equals: request.department } } })).docs[0]
    const found = (await payload.find({ collection: 'help-requests', where: { title: { equals: title } } })).docs[0]
    const user = await createTestUser(payload, { department: dept.id, roles })
    const res = await api(server.baseUrl, `/help-requests/${found.id}/matches`, {
      headers: await loginHeaders(server.baseUrl, user),
    })
    expect(res.status).toBe(200)
    return res.json.docs as Candidate[]
  }

  const counts = () => Promise.all(SLUGS.map(async (collection) => (await payload.count({ collection })).totalDocs))

  beforeAll(async () => {
    server = await startAppServer()
    payload = server.payload
    await runSeed(payload, { quiet: true })
    countsAfterFirstRun = await counts()
    // Editors of each requesting department ask for candidates, as in daily use.
    for (const request of TALENT_REQUESTS) asEditor.set(request.title, await matchesFor(request.title, ['editor']))
  }, 240_000)
  afterAll(() => server?.close())

  it('creates 40 consented-or-withdrawn staff profiles with Japanese names, six current requests and one finished', async () => {
    const profiles = await payload.find({ collection: 'staff-profiles', depth: 1, pagination: false })
    expect(profiles.totalDocs).toBe(40)
    expect(profiles.docs.every((p) => /^[^\p{ASCII}]+ [^\p{ASCII}]+$/u.test(String(p.displayName)))).toBe(true)
    expect(profiles.docs.every((p) => String((p.user as { email: string }).email).endsWith('@akita-dx.example'))).toBe(true)
    expect(profiles.docs.filter((p) => p.consentStatus === 'withdrawn').map((p) => p.displayName)).toEqual(['西村 香織'])
    const requests = await payload.find({ collection: 'help-requests', pagination: false, sort: 'periodFrom' })
    expect(requests.docs.map((r) => r.status).sort()).toEqual(['closed', 'matched', 'open', 'open', 'open', 'open', 'open'])
    expect(requests.docs[0]).toMatchObject({ status: 'closed', title: '夏の観光キャンペーン動画の制作' })
  })

  it('changes nothing when run again', async () => {
    await runSeed(payload, { quiet: true })
    const before = countsAfterFirstRun
    const after = await counts()
    // The matches queries above added one test user per request; nothing else may differ.
    expect(after.map((n, i) => (SLUGS[i] === 'users' ? n - TALENT_REQUESTS.length : n))).toEqual(before)
  })

  it('puts the statistician first for the opinion survey, and not the Excel-only colleague', () => {
    const ranked = names('県政世論調査の集計・分析')
    expect(ranked.slice(0, 3)).toEqual(['小松 拓也', '成田 千尋', '石川 真由美'])
    expect(ranked).not.toContain('工藤 健治')
    // 統計検定準1級 counts as 統計解析 through the taxonomy's aliases.
    expect(asEditor.get('県政世論調査の集計・分析')![2].reasons[0].code).toBe('qualification')
  })

  it('puts the 中小企業診断士 first for the business-plan review', () => {
    const ranked = names('創業支援補助金の事業計画審査補助')
    expect(ranked.slice(0, 2)).toEqual(['三浦 健一', '畠山 美和'])
    const poor = asEditor.get('創業支援補助金の事業計画審査補助')!.find((c) => c.profile.displayName === '佐藤 剛')!
    expect(poor.score).toBeLessThan(40)
    // 大野 一輝 works in the requesting department itself.
    expect(ranked).not.toContain('大野 一輝')
  })

  it('puts the former overseas-office translator first for the English site', () => {
    const ranked = names('観光サイト英語版の翻訳・校正')
    expect(ranked.slice(0, 2)).toEqual(['鎌田 さくら', '千葉 亮介'])
    const beginner = asEditor.get('観光サイト英語版の翻訳・校正')!.find((c) => c.profile.displayName === '阿部 遥')!
    expect(beginner.reasons[0]).toMatchObject({ code: 'below-level' })
    expect(ranked.indexOf('阿部 遥')).toBeGreaterThan(1)
    // 鈴木 智子 keeps her profile to herself.
    expect(ranked).not.toContain('鈴木 智子')
  })

  it('puts the designer who also edits video first for LINE banners and videos', () => {
    expect(names('LINE配信用バナーと告知動画の制作').slice(0, 2)).toEqual(['藤田 葵', '小野寺 翼'])
  })

  it('offers the two GIS people for the hazard map, not the planners without GIS', () => {
    const ranked = names('防災GISマップの更新')
    expect(new Set(ranked.slice(0, 2))).toEqual(new Set(['菊地 達也', '斎藤 翔太']))
    expect(ranked).toHaveLength(2)
  })

  it('finds the kintone builder through a synonym, and never the 人事-only or withdrawn profiles', async () => {
    const title = '保育所入所申請のkintone化'
    const ranked = asEditor.get(title)!
    expect(ranked[0].profile.displayName).toBe('加藤 雄大')
    expect(ranked[0].reasons[0]).toMatchObject({ code: 'synonym' })
    expect(names(title)[1]).toBe('進藤 真理子')
    expect(names(title)).not.toContain('佐々木 浩')
    expect(names(title)).not.toContain('西村 香織')
    // An admin sees what 人事 sees: the 人事-only expert appears, the withdrawn one still does not.
    const asAdmin = (await matchesFor(title, ['admin'])).map((c) => c.profile.displayName)
    expect(asAdmin.slice(0, 2)).toContain('佐々木 浩')
    expect(asAdmin).not.toContain('西村 香織')
  })

  it('seeds one open proposal, one accepted and last summer’s help, with their decision logs', async () => {
    const matches = await payload.find({ collection: 'help-matches', depth: 2, pagination: false, sort: 'createdAt' })
    const summary = matches.docs.map((m) => [
      (m.profile as { displayName: string }).displayName,
      m.status,
      (m.log as { action: string; by: { name: string } }[]).map((e) => `${e.action}:${e.by.name}`),
    ])
    expect(summary).toEqual([
      ['藤田 葵', 'proposed', ['proposed:佐藤 美咲']],
      ['三浦 健一', 'accepted', ['proposed:高橋 健太', 'accepted:三浦 健一']],
      ['小野寺 翼', 'accepted', ['proposed:佐藤 美咲', 'accepted:小野寺 翼']],
    ])
    const review = (await payload.find({ collection: 'help-requests', where: { title: { equals: '創業支援補助金の事業計画審査補助' } } }))
      .docs[0]
    expect(review.status).toBe('matched')
  })

  it('shows last summer’s help in 小野寺 翼’s 実績 to a colleague', async () => {
    const profile = (await payload.find({ collection: 'staff-profiles', where: { displayName: { equals: '小野寺 翼' } } })).docs[0]
    const colleague = await createTestUser(payload, { roles: ['staff'] })
    const res = await api(server.baseUrl, `/staff-profiles/${profile.id}/track-record`, {
      headers: await loginHeaders(server.baseUrl, colleague),
    })
    expect(res.status).toBe(200)
    const help = res.json.sections.find((s: { kind: string }) => s.kind === 'talentBank.helpGiven')
    expect(help.items.map((i: { detail: string; title: string }) => [i.title, i.detail])).toEqual([
      ['夏の観光キャンペーン動画の制作', '広報広聴課・2026/06/01〜2026/08/31・月10時間'],
    ])
  })
})
