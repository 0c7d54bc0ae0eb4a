import type { SeedStep } from './types'

import { linePublicOrigin } from '@akita-dx/plugin-line'

import { REGIONS } from '../src/lib/akita'
import { generatedSubscriber } from './data/lineSubscribers'
import { createIfMissing } from './upsert'

/** Emulated residents of the demo (sandbox mode sends them to the LINE emulator). */
export const DEMO_SUBSCRIBERS = 600

export const DEMO_SEGMENTS = [
  {
    ageBands: [],
    combinator: 'and' as const,
    description: '横手市に住むと登録した友だち全員。横手市 広報広聴課が市のお知らせに使います。',
    interests: [],
    municipalities: ['yokote'],
    name: '横手市の友だち',
    ownerMunicipality: 'yokote',
  },
  {
    ageBands: ['twenties', 'thirties', 'forties'],
    combinator: 'and' as const,
    description: '秋田市在住で子育てに関心のある20〜40代。保育・児童手当・子育てイベントのお知らせに。',
    interests: ['kosodate'],
    municipalities: ['akita'],
    name: '秋田市の子育て世帯',
  },
  {
    ageBands: [],
    combinator: 'and' as const,
    description: '県南（横手・湯沢・大仙・仙北・美郷・羽後・東成瀬）で移住・定住に関心のある方。空き家バンクや移住支援金の案内に。',
    interests: ['iju'],
    municipalities: [...REGIONS.find((r) => r.value === 'kennan')!.municipalities],
    name: '県南の移住関心層',
  },
  {
    ageBands: [],
    combinator: 'and' as const,
    description: '防災に関心を登録した県内全域の友だち。大雨・大雪・避難情報の周知に。',
    interests: ['bosai'],
    municipalities: [],
    name: '全県の防災',
  },
]

/** Step series of the demo: a welcome after the follow, and a first week for those who register 起業. */
export const DEMO_STEP_SERIES = [
  {
    active: true,
    name: '友だち追加のごあいさつ',
    steps: [
      {
        day: 0,
        text: '秋田県公式LINEを友だち追加いただき、ありがとうございます。\nお住まいの市町村と関心のある分野を登録すると、あなたに関係のあるお知らせだけが届きます。',
      },
      {
        day: 3,
        linkLabel: '防災情報を見る',
        linkUrl: 'https://www.pref.akita.lg.jp/pages/genre/bousai',
        text: '大雨・大雪・クマの出没など、命を守る情報もこのLINEでお届けします。通知はオンのままにしておいてください。',
      },
      {
        day: 7,
        text: '登録内容はいつでも変えられます。「設定」と送るとやり直せます。登録内容の確認は「マイデータ」、削除は「データ削除」と送ってください。',
      },
    ],
    trigger: 'follow' as const,
  },
  {
    active: true,
    interest: 'kigyo',
    name: '起業に関心のある方へ（最初の1週間）',
    steps: [
      {
        day: 0,
        linkLabel: '支援制度を探す',
        linkUrl: '/subsidies',
        text: '起業に関心を登録いただきました。県・市町村・商工団体の補助金や融資を、あきた起業支援ナビでまとめて探せます。',
      },
      {
        day: 3,
        linkLabel: 'かんたん診断',
        linkUrl: '/shindan',
        text: '5つの質問に答えるだけで、あなたの事業に合う支援制度がわかります。',
      },
      {
        day: 7,
        linkLabel: '先輩起業家の話',
        linkUrl: '/stories',
        text: '県内で起業した先輩たちの体験談を紹介しています。',
      },
    ],
    trigger: 'interest' as const,
  },
]

export const lineSeed: SeedStep = {
  name: 'line',
  run: async ({ log, payload }) => {
    const residents = Array.from({ length: DEMO_SUBSCRIBERS }, (_, i) => generatedSubscriber('demo', i))
    const existing = await payload.find({
      collection: 'line-subscribers',
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select: { lineUserId: true },
      where: { lineUserId: { in: residents.map((r) => r.lineUserId) } },
    })
    const have = new Set(existing.docs.map((d) => (d as { lineUserId?: string }).lineUserId))
    // Follow dates spread over the last year, the same on every run.
    const base = Date.UTC(2026, 0, 1)
    let created = 0
    for (const [i, resident] of residents.entries()) {
      if (have.has(resident.lineUserId)) continue
      const followedAt = new Date(base - ((i * 7919) % 365) * 86_400_000).toISOString()
      await payload.create({
        collection: 'line-subscribers',
        data: { ...resident, consentAt: followedAt, consentVersion: '1', followState: 'following', followedAt, language: 'ja' },
        depth: 0,
        overrideAccess: true,
      })
      created += 1
    }
    let segments = 0
    for (const segment of DEMO_SEGMENTS) {
      const result = await createIfMissing(payload, 'line-segments', { name: { equals: segment.name } }, segment as never)
      if (result.created) segments += 1
    }
    let series = 0
    // The portal's pages are linked where this deployment serves them.
    const origin = linePublicOrigin(payload)
    for (const entry of DEMO_STEP_SERIES) {
      const steps = entry.steps.map((step: { linkUrl?: string }) =>
        step.linkUrl?.startsWith('/') ? { ...step, linkUrl: `${origin}${step.linkUrl}` } : step,
      )
      const result = await createIfMissing(payload, 'line-step-series', { name: { equals: entry.name } }, { ...entry, steps } as never)
      if (result.created) series += 1
    }
    log(
      `LINE: 友だち ${DEMO_SUBSCRIBERS} 人（新規 ${created}）, セグメント ${DEMO_SEGMENTS.length} 件（新規 ${segments}）, ` +
        `ステップ配信 ${DEMO_STEP_SERIES.length} 件（新規 ${series}）`,
    )
  },
}
