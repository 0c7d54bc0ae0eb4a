export type DeliveryEndpoint = 'push' | 'multicast' | 'narrowcast' | 'broadcast' | 'reply'

/** One accepted request: its messages stored once, its recipients as indices into the user table. */
export type DeliveryBatch = {
  requestId: string
  endpoint: DeliveryEndpoint
  at: number
  messages: unknown[]
  messageIds: string[]
  recipients: Uint32Array
  retryKey?: string
  customAggregationUnit?: string
}

export type DeliveryEntry = {
  userId: string
  requestId: string
  endpoint: DeliveryEndpoint
  sentAt: string
  messageIds: string[]
  messages: unknown[]
  retryKey?: string
  customAggregationUnit?: string
}

export type DeliveryQuery = {
  page?: number
  limit?: number
  userId?: string
  requestId?: string
  endpoint?: DeliveryEndpoint
  includeReplies?: boolean
  summary?: boolean
  perUser?: boolean
}

export type DeliveryReport = {
  total: number
  users: number
  duplicates: number
  perUser?: Record<string, number>
  messages?: DeliveryEntry[]
  page: number
  limit: number
  totalPages: number
}

const MAX_LIMIT = 1000

/**
 * Every message LINE accepted, per recipient. Sized for a million recipients: user IDs are interned
 * once (Map to an index), recipients are Uint32Arrays of indices and per-user counts a Uint32Array.
 * A "delivery" is one request reaching one user, whatever the number of message objects in it,
 * which is also how LINE counts messages against the monthly quota.
 */
export class DeliveryLog {
  private index = new Map<string, number>()
  private ids: string[] = []
  private counts = new Uint32Array(1024)
  private replyCounts = new Map<number, number>()
  batches: DeliveryBatch[] = []
  /** Deliveries by push, multicast, narrowcast and broadcast (replies excluded). */
  total = 0
  replies = 0
  private usersWithDeliveries = 0
  private duplicateUsers = 0

  clear(): void {
    this.index = new Map()
    this.ids = []
    this.counts = new Uint32Array(1024)
    this.replyCounts = new Map()
    this.batches = []
    this.total = 0
    this.replies = 0
    this.usersWithDeliveries = 0
    this.duplicateUsers = 0
  }

  userIndex(userId: string): number {
    let i = this.index.get(userId)
    if (i === undefined) {
      i = this.ids.length
      this.ids.push(userId)
      this.index.set(userId, i)
      if (i >= this.counts.length) {
        const grown = new Uint32Array(this.counts.length * 2)
        grown.set(this.counts)
        this.counts = grown
      }
    }
    return i
  }

  /** The index of a user who was ever sent something, without adding unknown users. */
  indexOf(userId: string): number | undefined {
    return this.index.get(userId)
  }

  userIdAt(index: number): string {
    return this.ids[index]
  }

  record(batch: Omit<DeliveryBatch, 'recipients'> & { recipients: readonly string[] }): DeliveryBatch {
    const recipients = new Uint32Array(batch.recipients.length)
    for (let r = 0; r < batch.recipients.length; r++) {
      const i = this.userIndex(batch.recipients[r])
      recipients[r] = i
      if (batch.endpoint === 'reply') {
        this.replyCounts.set(i, (this.replyCounts.get(i) ?? 0) + 1)
      } else {
        const next = ++this.counts[i]
        if (next === 1) this.usersWithDeliveries++
        else if (next === 2) this.duplicateUsers++
      }
    }
    if (batch.endpoint === 'reply') this.replies += recipients.length
    else this.total += recipients.length
    const stored: DeliveryBatch = { ...batch, recipients }
    this.batches.push(stored)
    return stored
  }

  /** Deliveries (replies excluded) a user has received. */
  countFor(userId: string): number {
    const i = this.index.get(userId)
    return i === undefined ? 0 : this.counts[i]
  }

  repliesFor(userId: string): number {
    const i = this.index.get(userId)
    return i === undefined ? 0 : (this.replyCounts.get(i) ?? 0)
  }

  get users(): number {
    return this.usersWithDeliveries
  }

  get duplicates(): number {
    return this.duplicateUsers
  }

  perUser(includeReplies = false): Record<string, number> {
    const out: Record<string, number> = {}
    for (let i = 0; i < this.ids.length; i++) {
      const n = this.counts[i] + (includeReplies ? (this.replyCounts.get(i) ?? 0) : 0)
      if (n > 0) out[this.ids[i]] = n
    }
    return out
  }

  batchesFor(requestId: string): DeliveryBatch[] {
    return this.batches.filter((b) => b.requestId === requestId)
  }

  private entry(batch: DeliveryBatch, recipient: number): DeliveryEntry {
    return {
      userId: this.ids[recipient],
      requestId: batch.requestId,
      endpoint: batch.endpoint,
      sentAt: new Date(batch.at).toISOString(),
      messageIds: batch.messageIds,
      messages: batch.messages,
      ...(batch.retryKey ? { retryKey: batch.retryKey } : {}),
      ...(batch.customAggregationUnit ? { customAggregationUnit: batch.customAggregationUnit } : {}),
    }
  }

  private *perUserEntries(query: DeliveryQuery, selected: DeliveryBatch[], matched: number): Generator<[string, number]> {
    if (query.userId !== undefined) {
      if (matched > 0) yield [query.userId, matched]
    } else if (!query.endpoint && !query.requestId) {
      for (let i = 0; i < this.ids.length; i++) {
        const n = this.counts[i] + (query.includeReplies ? (this.replyCounts.get(i) ?? 0) : 0)
        if (n > 0) yield [this.ids[i], n]
      }
    } else {
      const counts = new Map<number, number>()
      for (const batch of selected) for (const r of batch.recipients) counts.set(r, (counts.get(r) ?? 0) + 1)
      for (const [i, n] of counts) yield [this.ids[i], n]
    }
  }

  /**
   * The report as pieces of JSON text, to be written one after the other. A million-user `perUser`
   * map built as an object and stringified takes seconds and hundreds of MB; written in flat pieces
   * of 10,000 users it needs a few MB at a time.
   */
  reportJson(query: DeliveryQuery = {}): string[] {
    const { selected, matched } = this.select(query)
    const head = JSON.stringify(this.report({ ...query, perUser: false }))
    if (query.perUser === false) return [head]
    const pieces = [`${head.slice(0, -1)},"perUser":{`]
    let batch: string[] = []
    const flush = () => {
      if (batch.length === 0) return
      pieces.push((pieces.length > 1 ? ',' : '') + batch.join(','))
      batch = []
    }
    const add = (id: string, n: number) => {
      batch.push(`${JSON.stringify(id)}:${n}`)
      if (batch.length === 10_000) flush()
    }
    if (query.userId === undefined && !query.endpoint && !query.requestId) {
      for (let i = 0; i < this.ids.length; i++) {
        const n = this.counts[i] + (query.includeReplies ? (this.replyCounts.get(i) ?? 0) : 0)
        if (n > 0) add(this.ids[i], n)
      }
    } else {
      for (const [id, n] of this.perUserEntries(query, selected, matched)) add(id, n)
    }
    flush()
    pieces.push('}}')
    return pieces
  }

  /** Replies only when asked for: they answer a resident's message, they are not deliveries. */
  private selectBatches(query: DeliveryQuery): DeliveryBatch[] {
    return this.batches.filter(
      (b) =>
        (query.includeReplies || query.endpoint === 'reply' || b.endpoint !== 'reply') &&
        (!query.endpoint || b.endpoint === query.endpoint) &&
        (!query.requestId || b.requestId === query.requestId),
    )
  }

  private select(query: DeliveryQuery): { selected: DeliveryBatch[]; matched: number } {
    const selected = this.selectBatches(query)
    let matched = 0
    if (query.userId !== undefined) {
      const userIndex = this.index.get(query.userId)
      if (userIndex !== undefined) for (const b of selected) for (const r of b.recipients) if (r === userIndex) matched++
    } else {
      for (const b of selected) matched += b.recipients.length
    }
    return { selected, matched }
  }

  report(query: DeliveryQuery = {}): DeliveryReport {
    const limit = Math.min(Math.max(1, Math.floor(query.limit ?? 100)), MAX_LIMIT)
    const page = Math.max(1, Math.floor(query.page ?? 1))
    const selected = this.selectBatches(query)
    const userIndex = query.userId === undefined ? undefined : this.index.get(query.userId)
    const skip = (page - 1) * limit
    const messages: DeliveryEntry[] = []
    let matched = 0
    if (query.userId !== undefined) {
      if (userIndex !== undefined) {
        for (const batch of selected) {
          for (let r = 0; r < batch.recipients.length; r++) {
            if (batch.recipients[r] !== userIndex) continue
            if (matched >= skip && messages.length < limit && !query.summary) messages.push(this.entry(batch, userIndex))
            matched++
          }
        }
      }
    } else {
      for (const batch of selected) {
        const n = batch.recipients.length
        if (!query.summary && messages.length < limit && matched + n > skip) {
          for (let r = Math.max(0, skip - matched); r < n && messages.length < limit; r++) {
            messages.push(this.entry(batch, batch.recipients[r]))
          }
        }
        matched += n
      }
    }
    const report: DeliveryReport = {
      total: matched,
      users: this.usersWithDeliveries,
      duplicates: this.duplicateUsers,
      page,
      limit,
      totalPages: Math.ceil(matched / limit),
    }
    if (query.perUser !== false) report.perUser = Object.fromEntries(this.perUserEntries(query, selected, matched))
    if (!query.summary) report.messages = messages
    return report
  }
}
