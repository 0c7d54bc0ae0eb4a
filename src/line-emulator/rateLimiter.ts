import type { RateLimit, RateLimits } from './types'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE

export const DEFAULT_RATE_LIMITS: RateLimits = {
  messaging: { requests: 2000, perMs: SECOND },
  narrowcast: { requests: 60, perMs: HOUR },
  broadcast: { requests: 60, perMs: HOUR },
  insight: { requests: 60, perMs: HOUR },
  audience: { requests: 60, perMs: MINUTE },
  richMenu: { requests: 100, perMs: HOUR },
}

export const normaliseRateLimits = (input: Partial<RateLimits>, base: RateLimits = DEFAULT_RATE_LIMITS): RateLimits => {
  const out: RateLimits = { ...base }
  for (const [group, limit] of Object.entries(input) as [keyof RateLimits, RateLimit][]) {
    if (!(group in DEFAULT_RATE_LIMITS)) throw new RangeError(`unknown rate limit group '${group}'`)
    const requests = Number(limit?.requests ?? base[group].requests)
    const perMs = Number(limit?.perMs ?? base[group].perMs)
    if (!Number.isInteger(requests) || requests < 0 || !Number.isFinite(perMs) || perMs <= 0) {
      throw new RangeError(`rateLimits.${group} needs whole requests ≥ 0 and perMs > 0`)
    }
    out[group] = { requests, perMs }
  }
  return out
}

/** Fixed windows per endpoint: cheap enough to sit in front of 2,000 calls a second. */
export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>()
  rejected = 0

  /** Counts the request; false when it is over the limit. */
  take(operation: string, limit: RateLimit, now = Date.now()): boolean {
    let w = this.windows.get(operation)
    if (!w || now - w.start >= limit.perMs) {
      w = { start: now, count: 0 }
      this.windows.set(operation, w)
    }
    if (w.count >= limit.requests) {
      this.rejected++
      return false
    }
    w.count++
    return true
  }

  clear(): void {
    this.windows.clear()
    this.rejected = 0
  }
}
