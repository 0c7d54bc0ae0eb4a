import type { LineSlug } from './types'

export const SLUGS = {
  batches: 'line-delivery-batches',
  deliveries: 'line-deliveries',
  events: 'line-webhook-events',
  inquiries: 'line-inquiries',
  linkCodes: 'line-link-codes',
  reminders: 'line-reminders',
  richMenus: 'line-rich-menus',
  segments: 'line-segments',
  stepEnrolments: 'line-step-enrolments',
  stepSeries: 'line-step-series',
  subscribers: 'line-subscribers',
} as const satisfies Record<string, LineSlug>

/** `awaiting_approval` (承認待ち) and `rejected` (差し戻し) come before `scheduled` for a live send that needs approval. */
export const DELIVERY_STATUSES = [
  'awaiting_approval',
  'rejected',
  'scheduled',
  'sending',
  'done',
  'partial',
  'failed',
  'cancelled',
] as const

export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]

/** LINE's documented limits (developers.line.biz, Messaging API reference). */
export const LINE_LIMITS = {
  altText: 1500,
  bubbleBytes: 30 * 1024,
  buttonLabel: 20,
  carouselBubbles: 12,
  carouselBytes: 50 * 1024,
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
