/**
 * Attempts per key in a sliding window, in this process's memory: each server process counts on
 * its own, and a restart forgets. That is enough to slow guessing down to a handful of tries per
 * window; Payload's lockout (stored in the database) stays the limit across processes.
 */
export class AttemptWindow {
  private readonly attempts = new Map<string, number[]>()

  constructor(
    readonly max: number,
    readonly windowMs: number,
    /** Keys kept at most: a flood of made-up e-mail addresses must not grow the map without bound. */
    private readonly maxKeys = 50_000,
    private readonly now: () => number = Date.now,
  ) {}

  private live(key: string): number[] {
    const since = this.now() - this.windowMs
    const times = (this.attempts.get(key) ?? []).filter((time) => time > since)
    if (times.length) this.attempts.set(key, times)
    else this.attempts.delete(key)
    return times
  }

  /** Seconds until `key` may try again, 0 when it may now. */
  retryAfter(key: string): number {
    const times = this.live(key)
    if (times.length < this.max) return 0
    return Math.max(1, Math.ceil((times[times.length - this.max] + this.windowMs - this.now()) / 1000))
  }

  /** Counts an attempt (before its outcome is known, so parallel attempts count too). */
  hit(key: string): void {
    const times = this.live(key)
    this.attempts.delete(key)
    if (this.attempts.size >= this.maxKeys) this.attempts.delete(this.attempts.keys().next().value as string)
    this.attempts.set(key, [...times, this.now()])
  }

  /** Takes back the latest attempt of `key` (it succeeded). */
  refund(key: string): void {
    const times = this.live(key)
    if (times.length) this.attempts.set(key, times.slice(0, -1))
  }

  reset(key: string): void {
    this.attempts.delete(key)
  }
}
