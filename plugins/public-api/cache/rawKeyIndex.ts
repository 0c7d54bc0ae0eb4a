import { jstDayNumber } from '@akita-dx/plugin-core/shared'

/**
 * Remembers the cache key of each raw request URL seen today, so a repeated request (the usual
 * case: apps send the same URL again and again) finds its cached answer without parsing and
 * normalising its query again. Only valid keys are stored. The whole index is dropped when the
 * Japan day changes (programme keys contain the day) or when it outgrows its bound (a client
 * sending ever-new spellings must not grow it without end); it never holds answers, so clearing
 * the response cache leaves it valid.
 */
export class RawKeyIndex {
  private day = -1
  private keys = new Map<string, string>()

  constructor(
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The key remembered for this raw URL today, if any. */
  get(rawUrl: string): string | undefined {
    const day = jstDayNumber(this.now())
    if (day !== this.day) {
      this.day = day
      this.keys.clear()
      return undefined
    }
    return this.keys.get(rawUrl)
  }

  /** Remembers a key computed at `now` (a key from yesterday is not stored under today). */
  set(rawUrl: string, key: string, now: number): void {
    if (this.maxEntries <= 0 || jstDayNumber(now) !== this.day) return
    if (this.keys.size >= this.maxEntries) this.keys.clear()
    this.keys.set(rawUrl, key)
  }

  get size(): number {
    return this.keys.size
  }
}
