/** One rate limit: at most `requests` per `perMs` milliseconds, counted per endpoint. */
export type RateLimit = { requests: number; perMs: number }

/** LINE's documented limits per endpoint group; each endpoint keeps its own counter. */
export type RateLimits = {
  /** push, multicast, reply, validate, quota, profile, progress and every other endpoint. @default 2,000 req/s */
  messaging: RateLimit
  /** POST /v2/bot/message/narrowcast. @default 60 req/hour */
  narrowcast: RateLimit
  /** POST /v2/bot/message/broadcast. @default 60 req/hour */
  broadcast: RateLimit
  /** /v2/bot/insight/*. @default 60 req/hour */
  insight: RateLimit
  /** /v2/bot/audienceGroup/*. @default 60 req/min */
  audience: RateLimit
  /** Creating and deleting a rich menu (each its own bucket). @default 100 req/hour */
  richMenu: RateLimit
}

export type FaultKind = 'status429' | 'status500' | 'timeoutBeforeAccept' | 'status500AfterAccept' | 'timeoutAfterAccept'

/** Shares (0–1) of LINE API requests that fail, drawn once per request in this order. */
export type FaultConfig = {
  /** Answered 429 with `Retry-After` before anything is accepted. @default 0 */
  status429: number
  /** Answered 500 before anything is accepted. @default 0 */
  status500: number
  /** Nothing is accepted; the connection hangs for `timeoutMs`, then is closed without an answer. @default 0 */
  timeoutBeforeAccept: number
  /** The request is accepted (messages delivered, retry key stored), then answered 500. @default 0 */
  status500AfterAccept: number
  /** The request is accepted, then the answer is lost (`afterAcceptMode`). @default 0 */
  timeoutAfterAccept: number
  /** How an accepted-but-lost answer behaves: connection closed after `timeoutMs`, or the answer sent after `timeoutMs`. @default 'drop' */
  afterAcceptMode: 'drop' | 'delay'
  /** How long a timed-out request hangs. @default 5000 */
  timeoutMs: number
  /** `Retry-After` (seconds) on injected 429s; null sends none. @default 1 */
  retryAfterSeconds: number | null
  /** Operation names the faults apply to (e.g. ['multicast']); null means every LINE endpoint. @default null */
  endpoints: string[] | null
  /** Seed of the fault draws: the same seed and request order give the same faults. @default null (random) */
  seed: number | null
}

/** Deterministic simulation of opens and clicks for the insight endpoints. */
export type EngagementSimulation = {
  /** Share of recipients who open a delivered message. */
  openRate: number
  /** Share of openers who click each URL of the message. */
  clickRate: number
  seed: number
}

export type EmulatorConfig = {
  /** Where replayed webhook events are POSTed. @default null */
  webhookUrl: string | null
  /** Time a narrowcast spends in each of its `waiting` and `sending` phases. @default 200 */
  narrowcastPhaseMs: number
  /** Reply tokens expire after this long. @default 60000 */
  replyTokenTtlMs: number
  /** Monthly message limit answered by GET /v2/bot/message/quota; null means `type: none`. @default null */
  monthlyQuota: number | null
  /** Opens and clicks added on top of recorded ones when statistics are read. @default null */
  simulateEngagement: EngagementSimulation | null
  /** Timeout of the emulator's own POST to the webhook. @default 10000 */
  webhookTimeoutMs: number
  rateLimits: RateLimits
}

export type LineEmulatorOptions = {
  /** Bearer token it accepts. @default 'sandbox-channel-access-token' */
  channelAccessToken?: string
  /** Signs the webhook events it sends. @default 'sandbox-channel-secret' */
  channelSecret?: string
  /** Where replayed webhook events are POSTed. */
  webhookUrl?: string
  /** Shares of injected 429 / 500 / timeouts. @default none */
  faults?: Partial<FaultConfig>
  /** Per endpoint group. @default LINE's documented limits */
  rateLimits?: Partial<RateLimits>
  /** Other settings of `GET/PUT /_emulator/config`. */
  config?: Partial<Omit<EmulatorConfig, 'rateLimits' | 'webhookUrl'>>
  /** @default '127.0.0.1' */
  host?: string
  /** 0 picks a free port. @default 3100 */
  port?: number
  /** No start-up line on stdout. @default false */
  quiet?: boolean
}
