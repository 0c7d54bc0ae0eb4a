import type { messagingApi } from '@line/bot-sdk'

import { AGE_BANDS, MUNICIPALITIES, TOPICS, findMunicipality } from '../../../src/lib/akita'

/** Akita's three regions, so the 25 municipalities fit LINE's 13 quick-reply buttons. */
export const REGIONS = [
  {
    label: '県北',
    municipalities: ['odate', 'kazuno', 'kitaakita', 'noshiro', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo'],
    value: 'kenpoku',
  },
  {
    label: '中央',
    municipalities: ['akita', 'oga', 'katagami', 'yurihonjo', 'nikaho', 'gojome', 'hachirogata', 'ikawa', 'ogata'],
    value: 'chuo',
  },
  {
    label: '県南',
    municipalities: ['yokote', 'yuzawa', 'daisen', 'semboku', 'misato', 'ugo', 'higashinaruse'],
    value: 'kennan',
  },
] as const

export type RegistrationStep = 'ageBand' | 'interests' | 'municipality' | 'region'

export type SubscriberState = {
  ageBand?: null | string
  interests?: null | string[]
  municipality?: null | string
  registrationStep?: null | RegistrationStep
}

/** What the resident did, already parsed from a webhook event. */
export type ConversationInput =
  | { kind: 'postback'; data: string }
  | { kind: 'start' }
  | { kind: 'text'; text: string }

export type ConversationResult = {
  /** The free text is not part of registration: it goes to a department's inbox. */
  inquiry?: boolean
  /** Registration just finished (consent to targeted messages is recorded then). */
  completed?: boolean
  replies: messagingApi.Message[]
  updates: Partial<SubscriberState>
}

export const SETTINGS_KEYWORD = '設定'

const postback = (label: string, data: string) => ({
  action: { data, displayText: label, label, type: 'postback' as const },
  type: 'action' as const,
})

const ask = (text: string, items: ReturnType<typeof postback>[]): messagingApi.Message => ({
  quickReply: { items },
  text,
  type: 'text',
})

const askRegion = () =>
  ask(
    'お住まいの地域を選んでください。',
    REGIONS.map((r) => postback(r.label, `action=region&v=${r.value}`)),
  )

const askMunicipality = (region: string) => {
  const r = REGIONS.find((x) => x.value === region) ?? REGIONS[1]
  return ask(
    `${r.label}の市町村を選んでください。`,
    r.municipalities.map((code) => {
      const m = MUNICIPALITIES.find((x) => x.value === code)!
      return postback(m.label, `action=municipality&v=${m.value}`)
    }),
  )
}

const askAgeBand = () =>
  ask('年代を選んでください。', AGE_BANDS.map((a) => postback(a.label, `action=age&v=${a.value}`)))

const labelsOf = (interests: string[]) =>
  TOPICS.filter((t) => interests.includes(t.value)).map((t) => t.label)

const askInterests = (interests: string[]) => {
  const chosen = labelsOf(interests)
  return ask(
    chosen.length
      ? `選択中: ${chosen.join('・')}\nほかにもあれば選び、終わったら「完了」を押してください。`
      : '関心のある分野を選んでください（複数可）。終わったら「完了」を押してください。',
    [
      ...TOPICS.map((t) => postback(`${interests.includes(t.value) ? '✓' : ''}${t.label}`, `action=interest&v=${t.value}`)),
      postback('完了', 'action=done'),
    ],
  )
}

const summary = (state: SubscriberState) => {
  const m = MUNICIPALITIES.find((x) => x.value === state.municipality)?.label ?? '未設定'
  const a = AGE_BANDS.find((x) => x.value === state.ageBand)?.label ?? '未設定'
  const i = labelsOf(state.interests ?? [])
  return `登録しました。\nお住まい: ${m}\n年代: ${a}\n関心: ${i.length ? i.join('・') : 'なし'}\n変更するときは「${SETTINGS_KEYWORD}」と送ってください。`
}

const text = (t: string): messagingApi.Message => ({ text: t, type: 'text' })

/**
 * The registration conversation (region → municipality → age band → interests) as a pure step:
 * from the subscriber's state and one input, the attribute changes and the replies. Old quick
 * replies tapped out of order still set what they say.
 */
export const converse = (state: SubscriberState, input: ConversationInput): ConversationResult => {
  if (input.kind === 'start' || (input.kind === 'text' && input.text.trim() === SETTINGS_KEYWORD)) {
    return {
      replies: [
        text('秋田県の公式LINEです。お住まいの地域・年代・関心のある分野を登録すると、あなたに合ったお知らせをお届けします。'),
        askRegion(),
      ],
      updates: { registrationStep: 'region' },
    }
  }

  if (input.kind === 'text') {
    const step = state.registrationStep
    if (step === 'region' || step === 'municipality') {
      const m = findMunicipality(input.text)
      if (m) return { replies: [askAgeBand()], updates: { municipality: m.value, registrationStep: 'ageBand' } }
    }
    return { inquiry: true, replies: [], updates: {} }
  }

  const params = new URLSearchParams(input.data)
  const action = params.get('action')
  const value = params.get('v') ?? ''
  switch (action) {
    case 'age': {
      if (!AGE_BANDS.some((a) => a.value === value)) break
      const interests = state.interests ?? []
      return { replies: [askInterests(interests)], updates: { ageBand: value, registrationStep: 'interests' } }
    }
    case 'done': {
      const next = { ...state, registrationStep: null }
      return { completed: true, replies: [text(summary(next))], updates: { registrationStep: null } }
    }
    case 'interest': {
      if (!TOPICS.some((t) => t.value === value)) break
      const current = state.interests ?? []
      const interests = current.includes(value) ? current.filter((i) => i !== value) : [...current, value]
      return { replies: [askInterests(interests)], updates: { interests, registrationStep: 'interests' } }
    }
    case 'municipality': {
      if (!MUNICIPALITIES.some((m) => m.value === value)) break
      return { replies: [askAgeBand()], updates: { municipality: value, registrationStep: 'ageBand' } }
    }
    case 'region': {
      if (!REGIONS.some((r) => r.value === value)) break
      return { replies: [askMunicipality(value)], updates: { registrationStep: 'municipality' } }
    }
  }
  return { replies: [text(`選択肢を読み取れませんでした。「${SETTINGS_KEYWORD}」と送るとはじめからやり直せます。`)], updates: {} }
}
