import { CHECKPOINTS, type CheckpointKey } from '../constants'

/** A delivery whose statistics LINE keeps per aggregation unit (the LINE plugin gives each delivery its own). */
export type PlannedDelivery = {
  id: number | string
  /** The delivery's aggregation unit. */
  key: string
  /** When the delivery went out (ms). */
  sentAt: number
}

export type PlanInput = {
  /** Whether yesterday's account figures (followers, blocks) are still missing. */
  accountDue: boolean
  budgetPerHour: number
  deliveries: PlannedDelivery[]
  /** `${deliveryId}:${checkpoint}` that failed within the last hour: not retried yet. */
  failedRecently: Set<string>
  now: number
  /** Checkpoints already stored per delivery id. */
  stored: Map<string, Set<CheckpointKey>>
  /** Insight requests made in the last hour, successful or not. */
  usedLastHour: number
}

export type PlannedFetch = { checkpoint: CheckpointKey; delivery: PlannedDelivery; dueAt: number }

export type Plan = {
  account: boolean
  /** Due fetches left for a later tick because the hour's budget is spent. */
  deferred: number
  fetches: PlannedFetch[]
}

/**
 * The checkpoint a delivery needs now: the latest one it has reached, unless that one or a
 * later one is already stored. After a pause (server down, budget spent) the earlier missed
 * checkpoints are skipped: their figures can no longer be read as they were.
 */
export const dueCheckpoint = (
  delivery: PlannedDelivery,
  stored: Set<CheckpointKey> | undefined,
  now: number,
): { checkpoint: CheckpointKey; dueAt: number } | null => {
  let latest = -1
  for (let i = 0; i < CHECKPOINTS.length; i++) if (delivery.sentAt + CHECKPOINTS[i].afterMs <= now) latest = i
  if (latest < 0) return null
  for (let i = latest; i < CHECKPOINTS.length; i++) if (stored?.has(CHECKPOINTS[i].key)) return null
  return { checkpoint: CHECKPOINTS[latest].key, dueAt: delivery.sentAt + CHECKPOINTS[latest].afterMs }
}

/**
 * What the insight task fetches this tick, within LINE's hourly budget shared by every
 * delivery: yesterday's account figures first (one request a day), then due checkpoints,
 * the longest-waiting first so that none starves when many deliveries compete.
 */
export const planInsight = (input: PlanInput): Plan => {
  let remaining = Math.max(0, input.budgetPerHour - input.usedLastHour)
  const account = input.accountDue && remaining > 0
  if (account) remaining -= 1
  const due: PlannedFetch[] = []
  for (const delivery of input.deliveries) {
    const next = dueCheckpoint(delivery, input.stored.get(String(delivery.id)), input.now)
    if (!next || input.failedRecently.has(`${delivery.id}:${next.checkpoint}`)) continue
    due.push({ ...next, delivery })
  }
  due.sort((a, b) => a.dueAt - b.dueAt || String(a.delivery.id).localeCompare(String(b.delivery.id)))
  const fetches = due.slice(0, remaining)
  return { account, deferred: due.length - fetches.length, fetches }
}
