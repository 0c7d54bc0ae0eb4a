import type { AudienceStore } from './audiences'
import type { DeliveryLog } from './deliveries'
import { hashUnit } from './random'
import type { EmulatedUser, UserRegistry } from './users'

export type NarrowcastPhase = 'waiting' | 'sending' | 'succeeded' | 'failed'

export type NarrowcastRecord = {
  requestId: string
  acceptedAt: number
  phase: NarrowcastPhase
  body: NarrowcastBody
  retryKey?: string
  messageIds: string[]
  targetCount?: number
  successCount?: number
  failureCount?: number
  completedAt?: number
  errorCode?: number
  failedDescription?: string
}

type Recipient = { type?: string; and?: Recipient[]; or?: Recipient[]; not?: Recipient; audienceGroupId?: number; requestId?: string }
type Demographic = {
  type?: string
  and?: Demographic[]
  or?: Demographic[]
  not?: Demographic
  oneOf?: string[]
  gte?: string
  lt?: string
}
export type NarrowcastBody = {
  messages: unknown[]
  recipient?: Recipient
  filter?: { demographic?: Demographic }
  limit?: { max?: number; upToRemainingQuota?: boolean; forbidPartialDelivery?: boolean }
  notificationDisabled?: boolean
}

/** LINE refuses targets and audiences smaller than this. */
export const MIN_NARROWCAST_RECIPIENTS = 50

class NarrowcastFailure extends Error {
  constructor(
    readonly errorCode: number,
    message: string,
  ) {
    super(message)
  }
}

type Resolver = {
  users: UserRegistry
  audiences: AudienceStore
  deliveries: DeliveryLog
}

const followerIds = (users: UserRegistry): Set<string> => new Set(users.followers().map((u) => u.userId))

const intersect = (a: Set<string>, b: Set<string>): Set<string> => new Set([...a].filter((id) => b.has(id)))

const resolveRecipient = (recipient: Recipient, ctx: Resolver): Set<string> => {
  switch (recipient.type) {
    case 'audience': {
      const group = ctx.audiences.get(Number(recipient.audienceGroupId))
      if (!group) throw new NarrowcastFailure(1, `audience group not found: ${String(recipient.audienceGroupId)}`)
      if (group.members.size < MIN_NARROWCAST_RECIPIENTS) {
        throw new NarrowcastFailure(4, `audience ${group.audienceGroupId} has fewer than ${MIN_NARROWCAST_RECIPIENTS} recipients`)
      }
      return new Set(group.members)
    }
    case 'redelivery': {
      const batches = ctx.deliveries.batchesFor(String(recipient.requestId))
      const out = new Set<string>()
      for (const b of batches) for (const r of b.recipients) out.add(ctx.deliveries.userIdAt(r))
      return out
    }
    case 'operator': {
      let result: Set<string> | null = null
      if (recipient.and?.length) {
        for (const part of recipient.and) {
          const set = resolveRecipient(part, ctx)
          result = result === null ? set : intersect(result, set)
        }
      }
      if (recipient.or?.length) {
        const union = new Set<string>()
        for (const part of recipient.or) for (const id of resolveRecipient(part, ctx)) union.add(id)
        result = result === null ? union : intersect(result, union)
      }
      if (recipient.not) {
        const excluded = resolveRecipient(recipient.not, ctx)
        const base = result ?? followerIds(ctx.users)
        result = new Set([...base].filter((id) => !excluded.has(id)))
      }
      return result ?? new Set()
    }
    default:
      throw new NarrowcastFailure(1, `unknown recipient type: ${String(recipient.type)}`)
  }
}

const ageOf = (code: string | undefined): number | undefined => (code ? Number(code.replace('age_', '')) : undefined)
const daysOf = (code: string | undefined): number | undefined => (code ? Number(code.replace('day_', '')) : undefined)

export const matchesDemographic = (user: EmulatedUser, filter: Demographic, now = Date.now()): boolean => {
  switch (filter.type) {
    case 'operator': {
      if (filter.and && !filter.and.every((f) => matchesDemographic(user, f, now))) return false
      if (filter.or && !filter.or.some((f) => matchesDemographic(user, f, now))) return false
      if (filter.not && matchesDemographic(user, filter.not, now)) return false
      return true
    }
    case 'age': {
      const gte = ageOf(filter.gte)
      const lt = ageOf(filter.lt)
      return (gte === undefined || user.age >= gte) && (lt === undefined || user.age < lt)
    }
    case 'gender':
      return !filter.oneOf || filter.oneOf.includes(user.gender)
    case 'area':
      return !filter.oneOf || filter.oneOf.includes(user.area)
    case 'appType':
      return !filter.oneOf || filter.oneOf.includes(user.appType)
    case 'subscriptionPeriod': {
      const days = user.followedAt === null ? 0 : (now - user.followedAt) / 86_400_000
      const gte = daysOf(filter.gte)
      const lt = daysOf(filter.lt)
      return (gte === undefined || days >= gte) && (lt === undefined || days < lt)
    }
    default:
      return true
  }
}

export type Resolution = { recipients: string[]; targetCount: number }

/**
 * Resolves a narrowcast to its recipients: the recipient object (all followers when absent), minus
 * users known to have blocked the account, narrowed by the demographic filter, then cut to `limit.max`
 * (a random choice on LINE; here a shuffle seeded by the request ID).
 */
export const resolveNarrowcast = (record: NarrowcastRecord, ctx: Resolver, remainingQuota: number | null): Resolution => {
  const { recipient, filter, limit } = record.body
  const base = recipient ? resolveRecipient(recipient, ctx) : followerIds(ctx.users)
  let recipients = [...base].filter((id) => !ctx.users.isBlocked(id))
  if (filter?.demographic) {
    const demographic = filter.demographic
    recipients = recipients.filter((id) => matchesDemographic(ctx.users.view(id), demographic))
  }
  const targetCount = recipients.length
  if (targetCount < MIN_NARROWCAST_RECIPIENTS) {
    throw new NarrowcastFailure(2, `not enough recipients (${targetCount} < ${MIN_NARROWCAST_RECIPIENTS})`)
  }
  let max = limit?.max ?? Infinity
  if (limit?.upToRemainingQuota && remainingQuota !== null) max = Math.min(max, remainingQuota)
  if (recipients.length > max) {
    if (limit?.forbidPartialDelivery) {
      throw new NarrowcastFailure(5, 'delivery canceled to avoid delivering to only a subset of the target audience')
    }
    recipients = recipients
      .map((id) => [hashUnit(7, record.requestId + id), id] as const)
      .sort((a, b) => a[0] - b[0])
      .slice(0, max)
      .map(([, id]) => id)
  }
  return { recipients, targetCount }
}

export const isNarrowcastFailure = (error: unknown): error is NarrowcastFailure => error instanceof NarrowcastFailure

/** GET /v2/bot/message/progress/narrowcast body. */
export const progressBody = (record: NarrowcastRecord) => ({
  phase: record.phase,
  ...(record.successCount !== undefined ? { successCount: record.successCount } : {}),
  ...(record.failureCount !== undefined ? { failureCount: record.failureCount } : {}),
  ...(record.targetCount !== undefined ? { targetCount: record.targetCount } : {}),
  ...(record.failedDescription ? { failedDescription: record.failedDescription } : {}),
  ...(record.errorCode !== undefined ? { errorCode: record.errorCode } : {}),
  acceptedTime: new Date(record.acceptedAt).toISOString(),
  ...(record.completedAt !== undefined ? { completedTime: new Date(record.completedAt).toISOString() } : {}),
})
