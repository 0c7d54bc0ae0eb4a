import { AudienceStore } from './audiences'
import { DeliveryLog, type DeliveryBatch, type DeliveryQuery, type DeliveryReport } from './deliveries'
import { FaultInjector } from './faults'
import { EngagementLog, jstDate } from './insight'
import { isNarrowcastFailure, type NarrowcastRecord, resolveNarrowcast } from './narrowcast'
import { DEFAULT_RATE_LIMITS, normaliseRateLimits, RateLimiter } from './rateLimiter'
import { RetryKeyStore } from './retryKeys'
import { RichMenuStore } from './richMenus'
import type { EmulatorConfig, FaultConfig, LineEmulatorOptions } from './types'
import { UserRegistry } from './users'
import { ReplyTokens, WebhookLog } from './webhook'

export const DEFAULT_CHANNEL_ACCESS_TOKEN = 'sandbox-channel-access-token'
export const DEFAULT_CHANNEL_SECRET = 'sandbox-channel-secret'

export const defaultConfig = (): EmulatorConfig => ({
  webhookUrl: null,
  narrowcastPhaseMs: 200,
  replyTokenTtlMs: 60_000,
  monthlyQuota: null,
  simulateEngagement: null,
  webhookTimeoutMs: 10_000,
  rateLimits: DEFAULT_RATE_LIMITS,
})

const checkConfig = (input: Partial<EmulatorConfig>, base: EmulatorConfig): EmulatorConfig => {
  const out: EmulatorConfig = { ...base }
  if (input.webhookUrl !== undefined) {
    if (input.webhookUrl !== null && (typeof input.webhookUrl !== 'string' || !/^https?:\/\//.test(input.webhookUrl))) {
      throw new RangeError('webhookUrl must be an http(s) URL or null')
    }
    out.webhookUrl = input.webhookUrl
  }
  for (const key of ['narrowcastPhaseMs', 'replyTokenTtlMs', 'webhookTimeoutMs'] as const) {
    if (input[key] === undefined) continue
    const n = input[key]
    if (typeof n !== 'number' || !Number.isFinite(n) || n < 0) throw new RangeError(`${key} must be a number of milliseconds ≥ 0`)
    out[key] = n
  }
  if (input.monthlyQuota !== undefined) {
    if (input.monthlyQuota !== null && (!Number.isInteger(input.monthlyQuota) || input.monthlyQuota < 0)) {
      throw new RangeError('monthlyQuota must be a whole number ≥ 0 or null')
    }
    out.monthlyQuota = input.monthlyQuota
  }
  if (input.simulateEngagement !== undefined) {
    const s = input.simulateEngagement
    if (s !== null) {
      const rate = (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1
      if (typeof s !== 'object' || !rate(s.openRate) || !rate(s.clickRate) || !Number.isInteger(s.seed)) {
        throw new RangeError('simulateEngagement needs openRate and clickRate between 0 and 1 and an integer seed')
      }
    }
    out.simulateEngagement = s
  }
  if (input.rateLimits !== undefined) out.rateLimits = normaliseRateLimits(input.rateLimits, base.rateLimits)
  return out
}

/** Everything the emulator remembers; `RunningLineEmulator.state` and the `/_emulator/*` endpoints both read it. */
export class EmulatorState {
  readonly channelAccessToken: string
  readonly channelSecret: string
  config: EmulatorConfig
  readonly faults: FaultInjector
  readonly deliveries = new DeliveryLog()
  readonly retryKeys = new RetryKeyStore()
  readonly users = new UserRegistry()
  readonly audiences = new AudienceStore()
  readonly richMenus = new RichMenuStore()
  readonly narrowcasts = new Map<string, NarrowcastRecord>()
  readonly engagement = new EngagementLog()
  readonly replyTokens = new ReplyTokens()
  readonly webhooks = new WebhookLog()
  readonly rateLimiter = new RateLimiter()
  /** Requests answered, by operation and by status. */
  readonly requests = { total: 0, byOperation: {} as Record<string, number>, byStatus: {} as Record<string, number> }
  private usageByMonth = new Map<string, number>()
  private timers = new Set<NodeJS.Timeout>()
  private readonly initialConfig: EmulatorConfig
  private readonly initialFaults: Partial<FaultConfig>

  constructor(options: LineEmulatorOptions = {}) {
    this.channelAccessToken = options.channelAccessToken ?? DEFAULT_CHANNEL_ACCESS_TOKEN
    this.channelSecret = options.channelSecret ?? DEFAULT_CHANNEL_SECRET
    this.config = checkConfig(
      {
        ...options.config,
        webhookUrl: options.webhookUrl ?? null,
        ...(options.rateLimits ? { rateLimits: options.rateLimits as EmulatorConfig['rateLimits'] } : {}),
      },
      defaultConfig(),
    )
    this.initialConfig = this.config
    this.initialFaults = options.faults ?? {}
    this.faults = new FaultInjector(this.initialFaults)
  }

  setConfig(input: Partial<EmulatorConfig>): EmulatorConfig {
    this.config = checkConfig(input, this.config)
    return this.config
  }

  setFaults(input: Partial<FaultConfig>): FaultConfig {
    return this.faults.set(input)
  }

  /** Forgets everything recorded; `faults` / `config` also restore those to the start-up options. */
  reset(what: { faults?: boolean; config?: boolean } = {}): void {
    this.clearTimers()
    this.deliveries.clear()
    this.retryKeys.clear()
    this.users.clear()
    this.audiences.clear()
    this.richMenus.clear()
    this.narrowcasts.clear()
    this.engagement.clear()
    this.replyTokens.clear()
    this.webhooks.clear()
    this.rateLimiter.clear()
    this.usageByMonth.clear()
    this.requests.total = 0
    this.requests.byOperation = {}
    this.requests.byStatus = {}
    this.faults.resetCounts()
    if (what.config) this.config = this.initialConfig
    if (what.faults) {
      this.faults.config = new FaultInjector().config
      this.faults.set(this.initialFaults)
    } else {
      // Re-seeding makes a reset run reproduce the same fault sequence.
      this.faults.set({})
    }
  }

  deliveryReport(query: DeliveryQuery = {}): DeliveryReport {
    return this.deliveries.report(query)
  }

  /** Records an accepted request; replies are free and do not count against the monthly quota. */
  deliver(batch: Omit<DeliveryBatch, 'recipients'> & { recipients: readonly string[] }): DeliveryBatch {
    const stored = this.deliveries.record(batch)
    if (batch.endpoint !== 'reply') {
      const month = jstDate(batch.at).slice(0, 6)
      this.usageByMonth.set(month, (this.usageByMonth.get(month) ?? 0) + batch.recipients.length)
    }
    return stored
  }

  quotaUsage(now = Date.now()): number {
    return this.usageByMonth.get(jstDate(now).slice(0, 6)) ?? 0
  }

  remainingQuota(now = Date.now()): number | null {
    return this.config.monthlyQuota === null ? null : Math.max(0, this.config.monthlyQuota - this.quotaUsage(now))
  }

  schedule(fn: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer)
      fn()
    }, ms)
    timer.unref()
    this.timers.add(timer)
  }

  clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer)
    this.timers.clear()
  }

  /** Runs an accepted narrowcast through waiting → sending → succeeded/failed, as LINE does asynchronously. */
  startNarrowcast(record: NarrowcastRecord): void {
    this.narrowcasts.set(record.requestId, record)
    const phaseMs = this.config.narrowcastPhaseMs
    this.schedule(() => {
      let recipients: string[]
      try {
        const resolution = resolveNarrowcast(record, this, this.remainingQuota())
        recipients = resolution.recipients
        record.targetCount = resolution.targetCount
      } catch (error) {
        record.phase = 'failed'
        record.completedAt = Date.now()
        record.errorCode = isNarrowcastFailure(error) ? error.errorCode : 1
        record.failedDescription = error instanceof Error ? error.message : 'internal error'
        return
      }
      record.phase = 'sending'
      this.schedule(() => {
        this.deliver({
          requestId: record.requestId,
          endpoint: 'narrowcast',
          at: Date.now(),
          messages: record.body.messages,
          messageIds: record.messageIds,
          recipients,
          ...(record.retryKey ? { retryKey: record.retryKey } : {}),
        })
        record.successCount = recipients.length
        record.failureCount = 0
        record.phase = 'succeeded'
        record.completedAt = Date.now()
      }, phaseMs)
    }, phaseMs)
  }
}
