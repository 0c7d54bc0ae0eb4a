/** Collection slugs of the click analytics plugin that `overrides` may change. */
export const SLUGS = {
  accountStats: 'line-account-stats',
  clicks: 'line-link-clicks',
  links: 'line-tracked-links',
  snapshots: 'line-insight-snapshots',
} as const

export type AnalyticsSlug = (typeof SLUGS)[keyof typeof SLUGS]

/**
 * The daily roll-up of clicks. Not in `SLUGS` and not overridable: the click flusher writes its
 * columns with SQL of its own.
 */
export const CLICK_DAYS_SLUG = 'line-click-days'

/** When LINE's statistics of a delivery are read back, after it was sent. */
export const CHECKPOINTS = [
  { afterMs: 3_600_000, key: '1h' },
  { afterMs: 6 * 3_600_000, key: '6h' },
  { afterMs: 24 * 3_600_000, key: '24h' },
  { afterMs: 3 * 86_400_000, key: '3d' },
  { afterMs: 7 * 86_400_000, key: '7d' },
  { afterMs: 14 * 86_400_000, key: '14d' },
] as const

/** A read an editor asked for from the dashboard, outside the schedule (and inside the hourly budget). */
export const MANUAL_CHECKPOINT = 'manual'

export type CheckpointKey = (typeof CHECKPOINTS)[number]['key'] | typeof MANUAL_CHECKPOINT

export const CHECKPOINT_KEYS: CheckpointKey[] = [...CHECKPOINTS.map((c) => c.key), MANUAL_CHECKPOINT]

/** Link codes: base62, long enough that guessing one is hopeless (12 chars ≈ 71 bits). */
export const CODE_PATTERN = /^[0-9A-Za-z]{8,32}$/

/** LINE's insight endpoints allow 60 requests an hour per channel. */
export const INSIGHT_REQUESTS_PER_HOUR = 60

/** Name of the insight task, and of the lease that keeps it to one process per deployment. */
export const INSIGHT_TASK = 'line-analytics-insight'
