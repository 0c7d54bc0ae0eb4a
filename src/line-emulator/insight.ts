import type { DeliveryBatch, DeliveryLog } from './deliveries'
import { hashUnit } from './random'
import type { EngagementSimulation } from './types'

/** LINE hides statistics under 20 to protect privacy. */
export const PRIVACY_THRESHOLD = 20
const n20 = (n: number): number | null => (n < PRIVACY_THRESHOLD ? null : n)

type Engagement = {
  openers: Set<number>
  impressions: Map<number, number>
  clicks: Map<string, { seq: number; url: string; click: number; users: Set<number> }>
}

/** Opens and clicks recorded through the control API, per request ID. */
export class EngagementLog {
  private byRequest = new Map<string, Engagement>()

  private of(requestId: string): Engagement {
    let e = this.byRequest.get(requestId)
    if (!e) {
      e = { openers: new Set(), impressions: new Map(), clicks: new Map() }
      this.byRequest.set(requestId, e)
    }
    return e
  }

  open(requestId: string, user: number, seq = 1): void {
    const e = this.of(requestId)
    e.openers.add(user)
    e.impressions.set(seq, (e.impressions.get(seq) ?? 0) + 1)
  }

  click(requestId: string, user: number, url: string, seq = 1): void {
    const e = this.of(requestId)
    const key = `${seq} ${url}`
    const entry = e.clicks.get(key) ?? { seq, url, click: 0, users: new Set<number>() }
    entry.click++
    entry.users.add(user)
    e.clicks.set(key, entry)
    // A click implies the message was displayed.
    if (!e.openers.has(user)) this.open(requestId, user, seq)
  }

  get(requestId: string): Engagement | undefined {
    return this.byRequest.get(requestId)
  }

  clear(): void {
    this.byRequest.clear()
  }
}

/** URLs a user can open in each message (uri actions anywhere, imagemap links), with the message's seq. */
export const urlsOf = (messages: unknown[]): { seq: number; url: string }[] => {
  const out: { seq: number; url: string }[] = []
  const walk = (node: unknown, seq: number, seen: Set<string>) => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item, seq, seen)
      return
    }
    if (typeof node !== 'object' || node === null) return
    const record = node as Record<string, unknown>
    const url =
      record.type === 'uri' && typeof record.uri === 'string' ? record.uri : typeof record.linkUri === 'string' ? record.linkUri : null
    if (url && !seen.has(url)) {
      seen.add(url)
      out.push({ seq, url })
    }
    for (const value of Object.values(record)) if (typeof value === 'object') walk(value, seq, seen)
  }
  messages.forEach((message, i) => walk(message, i + 1, new Set()))
  return out
}

type Tally = {
  delivered: number
  openers: Set<number>
  clickers: Set<number>
  impressions: Map<number, number>
  clicks: Map<string, { seq: number; url: string; click: number; users: Set<number> }>
  urlUsers: Map<string, Set<number>>
  messageCount: number
}

const tally = (batches: DeliveryBatch[], log: DeliveryLog, engagement: EngagementLog, simulate: EngagementSimulation | null): Tally => {
  const t: Tally = {
    delivered: 0,
    openers: new Set(),
    clickers: new Set(),
    impressions: new Map(),
    clicks: new Map(),
    urlUsers: new Map(),
    messageCount: 0,
  }
  const addClick = (seq: number, url: string, user: number, times = 1) => {
    const key = `${seq} ${url}`
    const entry = t.clicks.get(key) ?? { seq, url, click: 0, users: new Set<number>() }
    entry.click += times
    entry.users.add(user)
    t.clicks.set(key, entry)
    const users = t.urlUsers.get(url) ?? new Set<number>()
    users.add(user)
    t.urlUsers.set(url, users)
    t.clickers.add(user)
  }
  for (const batch of batches) {
    t.delivered += batch.recipients.length
    t.messageCount = Math.max(t.messageCount, batch.messages.length)
    const urls = urlsOf(batch.messages)
    for (const { seq, url } of urls)
      t.clicks.set(`${seq} ${url}`, t.clicks.get(`${seq} ${url}`) ?? { seq, url, click: 0, users: new Set() })
    const recorded = engagement.get(batch.requestId)
    if (recorded) {
      for (const u of recorded.openers) t.openers.add(u)
      for (const [seq, n] of recorded.impressions) t.impressions.set(seq, (t.impressions.get(seq) ?? 0) + n)
      for (const c of recorded.clicks.values()) for (const u of c.users) addClick(c.seq, c.url, u, 0)
      for (const c of recorded.clicks.values()) {
        const entry = t.clicks.get(`${c.seq} ${c.url}`)
        if (entry) entry.click += c.click
      }
    }
    if (simulate) {
      for (const r of batch.recipients) {
        // Keyed by user and unit, not request ID, so the same delivery simulated twice gives the same figures.
        const key = `${log.userIdAt(r)}|${batch.customAggregationUnit ?? ''}`
        if (hashUnit(simulate.seed, key) >= simulate.openRate) continue
        t.openers.add(r)
        for (let seq = 1; seq <= batch.messages.length; seq++) t.impressions.set(seq, (t.impressions.get(seq) ?? 0) + 1)
        for (const { seq, url } of urls) {
          if (hashUnit(simulate.seed + 1, `${key} ${seq} ${url}`) < simulate.clickRate) addClick(seq, url, r)
        }
      }
    }
  }
  return t
}

const NULL_MEDIA = {
  mediaPlayed: null,
  mediaPlayed25Percent: null,
  mediaPlayed50Percent: null,
  mediaPlayed75Percent: null,
  mediaPlayed100Percent: null,
  uniqueMediaPlayed: null,
  uniqueMediaPlayed25Percent: null,
  uniqueMediaPlayed50Percent: null,
  uniqueMediaPlayed75Percent: null,
  uniqueMediaPlayed100Percent: null,
}

const messagesAndClicks = (t: Tally) => ({
  messages: Array.from({ length: t.messageCount }, (_, i) => ({
    seq: i + 1,
    impression: n20(t.impressions.get(i + 1) ?? 0),
    ...NULL_MEDIA,
  })),
  clicks: [...t.clicks.values()]
    .sort((a, b) => a.seq - b.seq)
    .map((c) => ({
      seq: c.seq,
      url: c.url,
      click: n20(c.click),
      uniqueClick: n20(c.users.size),
      uniqueClickOfRequest: n20(t.urlUsers.get(c.url)?.size ?? 0),
    })),
})

/** GET /v2/bot/insight/message/event (narrowcast and broadcast requests). `finished` false → delivered null. */
export const messageEventStats = (
  requestId: string,
  batches: DeliveryBatch[],
  log: DeliveryLog,
  engagement: EngagementLog,
  simulate: EngagementSimulation | null,
  acceptedAt: number,
  finished: boolean,
) => {
  const t = tally(batches, log, engagement, simulate)
  return {
    overview: {
      requestId,
      timestamp: Math.floor(acceptedAt / 1000),
      delivered: finished ? t.delivered : null,
      uniqueImpression: n20(t.openers.size),
      uniqueClick: n20(t.clickers.size),
      uniqueMediaPlayed: null,
      uniqueMediaPlayed100Percent: null,
    },
    ...messagesAndClicks(t),
  }
}

/** GET /v2/bot/insight/message/event/aggregation (push and multicast sent with a custom aggregation unit). */
export const unitStats = (batches: DeliveryBatch[], log: DeliveryLog, engagement: EngagementLog, simulate: EngagementSimulation | null) => {
  const t = tally(batches, log, engagement, simulate)
  return {
    overview: {
      uniqueImpression: n20(t.openers.size),
      uniqueClick: n20(t.clickers.size),
      uniqueMediaPlayed: null,
      uniqueMediaPlayed100Percent: null,
    },
    ...messagesAndClicks(t),
  }
}

const JST_OFFSET_MS = 9 * 3600 * 1000

/** `yyyyMMdd` in UTC+9, the date format of LINE's statistics endpoints. */
export const jstDate = (ms: number): string => new Date(ms + JST_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '')
