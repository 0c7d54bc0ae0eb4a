/** Sleeps `ms`, or less if the signal aborts (shutdown must not wait out a long backoff). */
export const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal?.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    signal?.addEventListener('abort', done, { once: true })
  })

/**
 * Spaces calls to at most `perSecond` and holds every caller while a 429's Retry-After runs,
 * so the workers of one delivery back off together instead of each hitting the limit again.
 */
export class RateGate {
  private nextSlot = 0
  private pausedUntil = 0
  private readonly interval: number

  constructor(perSecond: number) {
    this.interval = perSecond > 0 ? 1000 / perSecond : 0
  }

  pause(ms: number) {
    this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms)
  }

  async take(signal?: AbortSignal): Promise<void> {
    for (;;) {
      const now = Date.now()
      const wait = Math.max(this.pausedUntil, this.nextSlot) - now
      if (wait <= 0 || signal?.aborted) {
        this.nextSlot = Math.max(now, this.nextSlot) + this.interval
        return
      }
      await sleep(wait, signal)
    }
  }
}
