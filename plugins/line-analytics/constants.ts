/** Collection slugs of the click analytics plugin. */
export const SLUGS = {
  accountStats: 'line-account-stats',
  clicks: 'line-link-clicks',
  links: 'line-tracked-links',
  snapshots: 'line-insight-snapshots',
} as const

export type AnalyticsSlug = (typeof SLUGS)[keyof typeof SLUGS]

/** Collections of the LINE publishing plugin read here. */
export const LINE = {
  deliveries: 'line-deliveries',
  segments: 'line-segments',
  subscribers: 'line-subscribers',
} as const

/** When LINE's statistics of a delivery are read back, after it was sent. */
export const CHECKPOINTS = [
  { afterMs: 3_600_000, key: '1h', label: '1時間後' },
  { afterMs: 6 * 3_600_000, key: '6h', label: '6時間後' },
  { afterMs: 24 * 3_600_000, key: '24h', label: '24時間後' },
  { afterMs: 3 * 86_400_000, key: '3d', label: '3日後' },
  { afterMs: 7 * 86_400_000, key: '7d', label: '7日後' },
  { afterMs: 14 * 86_400_000, key: '14d', label: '14日後' },
] as const

/** A read an editor asked for from the dashboard, outside the schedule (and inside the hourly budget). */
export const MANUAL_CHECKPOINT = { key: 'manual', label: '手動取得' } as const

export type CheckpointKey = (typeof CHECKPOINTS)[number]['key'] | (typeof MANUAL_CHECKPOINT)['key']

/** LINE returns null for figures under 20 people. */
export const STATISTICS_MINIMUM = 20
export const HIDDEN_LABEL = '20未満のため非公開'

/** Link codes: base62, long enough that guessing one is hopeless (12 chars ≈ 71 bits). */
export const CODE_PATTERN = /^[0-9A-Za-z]{8,32}$/

/** LINE's insight endpoints allow 60 requests an hour per channel. */
export const INSIGHT_REQUESTS_PER_HOUR = 60
