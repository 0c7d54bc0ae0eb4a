import type { LineSlug } from './types'

export const SLUGS = {
  batches: 'line-delivery-batches',
  deliveries: 'line-deliveries',
  events: 'line-webhook-events',
  inquiries: 'line-inquiries',
  segments: 'line-segments',
  subscribers: 'line-subscribers',
} as const satisfies Record<string, LineSlug>

export const DELIVERY_STATUSES = [
  { label: { en: 'Scheduled', ja: '予約' }, value: 'scheduled' },
  { label: { en: 'Sending', ja: '送信中' }, value: 'sending' },
  { label: { en: 'Done', ja: '完了' }, value: 'done' },
  { label: { en: 'Partly failed', ja: '一部失敗' }, value: 'partial' },
  { label: { en: 'Failed', ja: '失敗' }, value: 'failed' },
  { label: { en: 'Cancelled', ja: '取消' }, value: 'cancelled' },
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']

/** Statuses after which nothing more is sent. */
export const FINAL_STATUSES: DeliveryStatus[] = ['done', 'partial', 'failed', 'cancelled']

export type BatchStatus = 'failed' | 'pending' | 'sent'

/** LINE's documented limits (developers.line.biz, Messaging API reference). */
export const LINE_LIMITS = {
  altText: 1500,
  bubbleBytes: 30 * 1024,
  buttonLabel: 20,
  messagesPerRequest: 5,
  multicastRecipients: 500,
  quickReplyItems: 13,
  text: 5000,
  uri: 1000,
} as const

/** Narrowcast refuses smaller audiences; statistics come back null under 20. */
export const NARROWCAST_MINIMUM = 50
export const STATISTICS_MINIMUM = 20

/** `customAggregationUnits` names: one per delivery. */
export const AGGREGATION_UNIT_PATTERN = /^[a-zA-Z0-9_]{1,30}$/

export const LINE_USER_ID_PATTERN = /^U[0-9a-f]{32}$/

/** Browser event the 「LINEで配信」 panel fires after it created a delivery. */
export const DELIVERY_CREATED_EVENT = 'akita:line-delivery-created'
