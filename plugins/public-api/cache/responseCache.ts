/**
 * A small in-process LRU of prepared responses keyed by the normalised query. `clear()` is called
 * by the collections' change hooks; the TTL bounds how stale a response can be in another process
 * (whose cache this process cannot clear).
 */
export class ResponseCache<T> {
  private entries = new Map<string, { expires: number; value: T }>()
  /** Bumped by clear(): a response computed before a write must not be stored after it. */
  private generation = 0

  constructor(
    private readonly maxEntries: number,
    private readonly ttlMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  clear(): void {
    this.generation += 1
    this.entries.clear()
  }

  /** Take this before reading the database; pass it to set(). */
  currentGeneration(): number {
    return this.generation
  }

  get(key: string): T | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (entry.expires <= this.now()) {
      this.entries.delete(key)
      return undefined
    }
    // Re-insert so the Map's insertion order is the recency order.
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  set(key: string, value: T, generation: number = this.generation): void {
    if (this.maxEntries <= 0 || this.ttlMs <= 0 || generation !== this.generation) return
    this.entries.delete(key)
    this.entries.set(key, { expires: this.now() + this.ttlMs, value })
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value as string
      this.entries.delete(oldest)
    }
  }

  get size(): number {
    return this.entries.size
  }
}
