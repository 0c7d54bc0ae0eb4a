import type { Payload } from 'payload'

import { analyticsOptionsOf } from '../options'
import { type ClickRow, PartialWriteError, writeClicks } from './writeClicks'

/** Clicks kept while the database is unreachable; beyond this the oldest are dropped (and logged). */
const MAX_PENDING = 200_000

/**
 * Clicks are answered from memory and written in batches: on an interval, as soon as a batch
 * is full, and once more at shutdown. A write that fails keeps the rows it did not store for the
 * next flush (on SQL a write is all or nothing, so that is the whole batch: none is stored twice).
 */
export class ClickBuffer {
  private pending: ClickRow[] = []
  private flushing: Promise<void> | null = null
  private timer: NodeJS.Timeout | null = null
  private dropped = 0
  /** Clicks written since the process started (benchmarks compare it with redirects served). */
  written = 0

  constructor(
    private readonly payload: Payload,
    private readonly intervalMs: number,
    private readonly maxBatch: number,
  ) {}

  get size() {
    return this.pending.length
  }

  push(row: ClickRow) {
    this.pending.push(row)
    if (this.pending.length > MAX_PENDING) {
      this.pending.splice(0, this.pending.length - MAX_PENDING)
      this.dropped += 1
    }
    if (this.pending.length >= this.maxBatch) void this.flush()
    else this.arm()
  }

  private arm() {
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.flush()
    }, this.intervalMs)
    // An idle buffer must not keep a CLI or a test process alive; shutdown flushes explicitly.
    this.timer.unref()
  }

  /** Writes everything buffered so far (waits for a flush already running, then flushes what came since). */
  async flush(): Promise<void> {
    while (this.flushing) await this.flushing
    if (this.pending.length === 0) return
    const batch = this.pending
    this.pending = []
    this.flushing = (async () => {
      try {
        this.written += await writeClicks(this.payload, batch)
      } catch (error) {
        const stored = error instanceof PartialWriteError ? error.written : 0
        this.written += stored
        this.pending = [...batch.slice(stored), ...this.pending]
        this.payload.logger.error({
          err: error,
          msg: `line-analytics: writing ${batch.length - stored} clicks failed; kept for the next flush`,
        })
        this.arm()
      }
    })()
    try {
      await this.flushing
    } finally {
      this.flushing = null
    }
    if (this.dropped) {
      this.payload.logger.error(`line-analytics: click buffer overflowed ${this.dropped} times; oldest clicks dropped`)
      this.dropped = 0
    }
  }

  /** Final flush at shutdown: retries a few times so a brief database hiccup loses nothing. */
  async close(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    for (let attempt = 0; attempt < 5 && (this.pending.length > 0 || this.flushing); attempt++) {
      await this.flush()
      if (this.pending.length > 0) await new Promise((r) => setTimeout(r, 200 * (attempt + 1)))
    }
    if (this.timer) clearTimeout(this.timer)
    if (this.pending.length > 0) {
      this.payload.logger.error(`line-analytics: ${this.pending.length} clicks could not be written at shutdown`)
    }
  }
}

const buffers = new WeakMap<Payload, ClickBuffer>()

/** The click buffer of a Payload instance (one per process and database). */
export const clickBufferOf = (payload: Payload): ClickBuffer => {
  let buffer = buffers.get(payload)
  if (!buffer) {
    const options = analyticsOptionsOf(payload)
    buffer = new ClickBuffer(payload, options.flushIntervalMs, options.maxBatchSize)
    buffers.set(payload, buffer)
  }
  return buffer
}

/** Writes the clicks buffered in this process now (tests, CLIs). */
export const flushClicks = (payload: Payload) => clickBufferOf(payload).flush()
