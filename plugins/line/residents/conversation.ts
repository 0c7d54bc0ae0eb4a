import type { messagingApi } from '@line/bot-sdk'

import type { ResolvedResidentAttributes } from '../types'
import { labelOf } from './options'
import { ERASE_KEYWORD, MY_DATA_KEYWORD, SETTINGS_KEYWORD } from './keywords'

export type RegistrationStep = 'ageBand' | 'interests' | 'municipality' | 'region'

export type SubscriberState = {
  ageBand?: null | string
  interests?: null | string[]
  municipality?: null | string
  registrationStep?: null | RegistrationStep
}

/** What the resident did, already parsed from a webhook event. */
export type ConversationInput = { data: string; kind: 'postback' } | { kind: 'start' } | { kind: 'text'; text: string }

export type ConversationResult = {
  /** Registration just finished (consent to targeted messages is recorded then). */
  completed?: boolean
  /** The free text is not part of registration: it goes to a department's inbox. */
  inquiry?: boolean
  replies: messagingApi.Message[]
  updates: Partial<SubscriberState>
}

/** What the conversation needs from outside the options: the privacy policy's absolute address. */
export type ConversationContext = { policyUrl?: string }

const postback = (label: string, data: string) => ({
  action: { data, displayText: label, label, type: 'postback' as const },
  type: 'action' as const,
})

const ask = (text: string, items: ReturnType<typeof postback>[]): messagingApi.Message => ({ quickReply: { items }, text, type: 'text' })

const text = (t: string): messagingApi.Message => ({ text: t, type: 'text' })

/** The questions, from the configured vocabulary (each fits LINE's 13 quick replies, see defaults.ts). */
const questions = (residents: ResolvedResidentAttributes) => {
  const askMunicipality = (region: string) => {
    const r = residents.regions.find((x) => x.value === region) ?? residents.regions[0]
    return ask(
      `${r.label ? `${r.label}の` : ''}市町村を選んでください。`,
      r.municipalities.map((value) => postback(labelOf(residents.municipalities, value) ?? value, `action=municipality&v=${value}`)),
    )
  }
  const labels = (interests: string[]) => residents.interests.filter((t) => interests.includes(t.value)).map((t) => t.label)
  return {
    ageBand: () =>
      ask(
        '年代を選んでください。',
        residents.ageBands.map((a) => postback(a.label, `action=age&v=${a.value}`)),
      ),
    first: () =>
      residents.regions.length > 1
        ? {
            reply: ask(
              'お住まいの地域を選んでください。',
              residents.regions.map((r) => postback(r.label, `action=region&v=${r.value}`)),
            ),
            step: 'region' as const,
          }
        : { reply: askMunicipality(residents.regions[0].value), step: 'municipality' as const },
    interests: (interests: string[]) =>
      ask(
        labels(interests).length
          ? `選択中: ${labels(interests).join('・')}\nほかにもあれば選び、終わったら「完了」を押してください。`
          : '関心のある分野を選んでください（複数可）。終わったら「完了」を押してください。',
        [
          ...residents.interests.map((t) =>
            postback(`${interests.includes(t.value) ? '✓' : ''}${t.label}`, `action=interest&v=${t.value}`),
          ),
          postback('完了', 'action=done'),
        ],
      ),
    municipality: askMunicipality,
    summary: (state: SubscriberState) => {
      const chosen = labels(state.interests ?? [])
      return [
        '登録しました。',
        `お住まい: ${labelOf(residents.municipalities, state.municipality) ?? '未設定'}`,
        `年代: ${labelOf(residents.ageBands, state.ageBand) ?? '未設定'}`,
        `関心: ${chosen.length ? chosen.join('・') : 'なし'}`,
        `変更するときは「${SETTINGS_KEYWORD}」、登録内容の確認は「${MY_DATA_KEYWORD}」、削除は「${ERASE_KEYWORD}」と送ってください。`,
      ].join('\n')
    },
  }
}

/** A municipality typed by name (`秋田市`), code (`akita`) or local government code (`05201`). */
const typedMunicipality = (residents: ResolvedResidentAttributes, input: string) => {
  const key = input.trim()
  return residents.municipalities.find((m) => m.value === key || m.label === key || m.code === key)
}

/** A tapped quick reply; old ones tapped out of order still set what they say. */
const onPostback = (residents: ResolvedResidentAttributes, state: SubscriberState, data: string): ConversationResult | undefined => {
  const ask = questions(residents)
  const params = new URLSearchParams(data)
  const value = params.get('v') ?? ''
  switch (params.get('action')) {
    case 'age':
      if (!residents.ageBands.some((a) => a.value === value)) return undefined
      return { replies: [ask.interests(state.interests ?? [])], updates: { ageBand: value, registrationStep: 'interests' } }
    case 'done':
      return { completed: true, replies: [text(ask.summary({ ...state, registrationStep: null }))], updates: { registrationStep: null } }
    case 'interest': {
      if (!residents.interests.some((t) => t.value === value)) return undefined
      const current = state.interests ?? []
      const interests = current.includes(value) ? current.filter((i) => i !== value) : [...current, value]
      return { replies: [ask.interests(interests)], updates: { interests, registrationStep: 'interests' } }
    }
    case 'municipality':
      if (!residents.municipalities.some((m) => m.value === value)) return undefined
      return { replies: [ask.ageBand()], updates: { municipality: value, registrationStep: 'ageBand' } }
    case 'region':
      if (!residents.regions.some((r) => r.value === value)) return undefined
      return { replies: [ask.municipality(value)], updates: { registrationStep: 'municipality' } }
  }
  return undefined
}

/**
 * The registration conversation (the privacy notice, then region → municipality → age band →
 * interests) as a pure step: from the subscriber's state and one input, the attribute changes
 * and the replies. 「完了」 is the consent to the notice.
 */
export const converse = (
  residents: ResolvedResidentAttributes,
  state: SubscriberState,
  input: ConversationInput,
  context: ConversationContext = {},
): ConversationResult => {
  const ask = questions(residents)
  if (input.kind === 'start' || (input.kind === 'text' && input.text.trim() === SETTINGS_KEYWORD)) {
    const first = ask.first()
    const notice = [residents.privacy.notice, ...(context.policyUrl ? [`詳しくは: ${context.policyUrl}`] : [])].join('\n')
    return { replies: [text(residents.welcomeText), text(notice), first.reply], updates: { registrationStep: first.step } }
  }
  if (input.kind === 'text') {
    const m =
      state.registrationStep === 'region' || state.registrationStep === 'municipality'
        ? typedMunicipality(residents, input.text)
        : undefined
    if (m) return { replies: [ask.ageBand()], updates: { municipality: m.value, registrationStep: 'ageBand' } }
    return { inquiry: true, replies: [], updates: {} }
  }
  return (
    onPostback(residents, state, input.data) ?? {
      replies: [text(`選択肢を読み取れませんでした。「${SETTINGS_KEYWORD}」と送るとはじめからやり直せます。`)],
      updates: {},
    }
  )
}
