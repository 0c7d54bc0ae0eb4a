export type AcceptedRetry = {
  requestId: string
  operation: string
  at: number
  sentMessages?: { id: string; quoteToken?: string }[]
}

const TTL_MS = 24 * 3600 * 1000

/** Retry keys of accepted requests, remembered for 24 hours as LINE does. */
export class RetryKeyStore {
  private keys = new Map<string, AcceptedRetry>()
  private sweepAt = 0

  get(key: string, now = Date.now()): AcceptedRetry | undefined {
    const found = this.keys.get(key.toLowerCase())
    if (found && now - found.at >= TTL_MS) {
      this.keys.delete(key.toLowerCase())
      return undefined
    }
    return found
  }

  accept(key: string, entry: AcceptedRetry): void {
    this.keys.set(key.toLowerCase(), entry)
    if (this.keys.size >= this.sweepAt) this.sweep(entry.at)
  }

  private sweep(now: number): void {
    for (const [key, entry] of this.keys) if (now - entry.at >= TTL_MS) this.keys.delete(key)
    this.sweepAt = this.keys.size * 2 + 10_000
  }

  get size(): number {
    return this.keys.size
  }

  clear(): void {
    this.keys.clear()
    this.sweepAt = 0
  }
}
