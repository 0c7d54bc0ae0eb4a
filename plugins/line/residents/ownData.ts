import type { messagingApi } from '@line/bot-sdk'

import { formatJstDate } from '@akita-dx/plugin-core/shared'

import type { ResolvedResidentAttributes, ResolvedRetention } from '../types'
import { ERASE_KEYWORD, SETTINGS_KEYWORD } from './keywords'
import { labelOf } from './options'

export const ERASE_POSTBACK = 'action=erase'
export const KEEP_POSTBACK = 'action=erase-cancel'

/** Inquiries listed in 「マイデータ」: those of the last year, the latest few quoted. */
export const MY_DATA_INQUIRY_DAYS = 365
const QUOTED_INQUIRIES = 5
const QUOTE_LENGTH = 30

export type OwnDataSubscriber = {
  ageBand?: null | string
  consentAt?: null | string
  consentVersion?: null | string
  followedAt?: null | string
  interests?: null | string[]
  municipality?: null | string
}

export type OwnDataInquiry = { receivedAt?: null | string; status?: null | string; text: string }

const STATUS: Record<string, string> = { answered: '回答済み', closed: '対応終了', new: '受付済み' }

const kept = (days: false | number) => (days === false ? '消去するまで保存' : `${days}日後に自動で消去`)

const quote = (inquiry: OwnDataInquiry) => {
  const body = inquiry.text.replace(/\s+/g, ' ').trim()
  const short = body.length > QUOTE_LENGTH ? `${body.slice(0, QUOTE_LENGTH)}…` : body
  const day = inquiry.receivedAt ? formatJstDate(inquiry.receivedAt) : '----/--/--'
  return `・${day} ${short}（${STATUS[inquiry.status ?? ''] ?? '受付済み'}）`
}

/** The reply to 「マイデータ」: every attribute stored, the consent, and the last year's inquiries. */
export const myDataText = (
  residents: ResolvedResidentAttributes,
  retention: ResolvedRetention,
  subscriber: OwnDataSubscriber | undefined,
  inquiries: { latest: OwnDataInquiry[]; total: number },
): string => {
  const s = subscriber ?? {}
  const interests = residents.interests.filter((t) => s.interests?.includes(t.value)).map((t) => t.label)
  const version = s.consentVersion ? `（第${s.consentVersion}版）` : ''
  const consent = s.consentAt ? `${formatJstDate(s.consentAt)}${version}` : 'なし'
  const lines = [
    '【あなたについて保存している内容】',
    `お住まい: ${labelOf(residents.municipalities, s.municipality) ?? '未登録'}`,
    `年代: ${labelOf(residents.ageBands, s.ageBand) ?? '未登録'}`,
    `関心: ${interests.length ? interests.join('・') : '未登録'}`,
    `個人情報の取扱いへの同意: ${consent}`,
    `友だち追加: ${s.followedAt ? formatJstDate(s.followedAt) : '記録なし'}`,
    `お問い合わせ（この1年）: ${inquiries.total}件`,
    ...inquiries.latest.slice(0, QUOTED_INQUIRIES).map(quote),
    ...(inquiries.total > QUOTED_INQUIRIES ? [`ほか${inquiries.total - QUOTED_INQUIRIES}件`] : []),
    '',
    `お問い合わせは${kept(retention.inquiryDays)}、配信の宛先の記録は${kept(retention.recipientListDays)}します。`,
    'お知らせのリンクを開いた記録には、あなたを特定できる情報を含めていません。',
    `削除するときは「${ERASE_KEYWORD}」と送ってください。`,
  ]
  return lines.join('\n')
}

const postback = (label: string, data: string): messagingApi.Action => ({ data, displayText: label, label, type: 'postback' })

/** The confirmation asked before anything is deleted (a LINE confirm template: two buttons). */
export const eraseQuestion = (): messagingApi.Message => ({
  altText: '登録内容とお問い合わせを削除しますか？',
  template: {
    actions: [postback('削除する', ERASE_POSTBACK), postback('やめる', KEEP_POSTBACK)],
    text: '登録内容（お住まい・年代・関心）と、これまでのお問い合わせを削除します。元に戻せません。よろしいですか？',
    type: 'confirm',
  },
  type: 'template',
})

export const ERASED_TEXT = [
  '登録内容とお問い合わせを削除しました。',
  '友だちのままなら、県内の全員に向けたお知らせは引き続き届きます。配信を止めるときは、このアカウントをブロックしてください。',
  `登録し直すときは「${SETTINGS_KEYWORD}」と送ってください。`,
].join('\n')

export const KEPT_TEXT = '削除を取りやめました。登録内容はそのままです。'

/** What erasure leaves on the subscriber row: the LINE id and the follow state, needed to deliver to everyone. */
export const ERASED_ATTRIBUTES = {
  ageBand: null,
  consentAt: null,
  consentVersion: null,
  interests: [],
  municipality: null,
  registrationStep: null,
}
