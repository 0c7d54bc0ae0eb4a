import { HTTPFetchError } from '@line/bot-sdk'

/** One problem LINE names in an error answer (`{ message, details: [{ message, property }] }`). */
export type LineErrorDetail = { message?: string; property?: string }

const parseError = (body: string): { details: LineErrorDetail[]; message?: string } | null => {
  try {
    const parsed = JSON.parse(body) as { details?: LineErrorDetail[]; message?: string }
    return parsed && typeof parsed === 'object'
      ? { details: Array.isArray(parsed.details) ? parsed.details : [], message: parsed.message }
      : null
  } catch {
    return null
  }
}

/** What to do after a failed Messaging API call. */
export type CallOutcome =
  /** 409 on a retry key: LINE already accepted this batch. */
  | { kind: 'accepted'; requestId?: string }
  /** 429: wait at least `retryAfterMs`, then try again with the same key. */
  | { kind: 'rateLimited'; retryAfterMs?: number }
  /** Any other 4xx: LINE refuses the request; retrying cannot help. `details` name what LINE found wrong. */
  | { details: LineErrorDetail[]; kind: 'rejected'; message: string; status: number }
  /** 5xx, timeout, connection error: retry with the same key after a backoff. */
  | { kind: 'transient'; message: string }

export class CallTimeoutError extends Error {
  constructor(ms: number) {
    super(`no answer within ${ms} ms`)
    this.name = 'CallTimeoutError'
  }
}

/** A LINE call that has not answered after `ms` rejects with CallTimeoutError (the call itself is left to finish). */
export const withTimeout = async <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined
  try {
    return await Promise.race([
      promise,
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new CallTimeoutError(ms)), ms)
      }),
    ])
  } finally {
    clearTimeout(timer)
  }
}

/** LINE's `{ message, details[] }` as one readable line. */
export const lineErrorMessage = (body: string, status: number): string => {
  const parsed = parseError(body)
  if (parsed?.message) {
    const details = parsed.details.map((d) => [d.property, d.message].filter(Boolean).join(': ')).filter(Boolean)
    return details.length ? `${parsed.message} (${details.join('; ')})` : parsed.message
  }
  // Not LINE's JSON: the raw text.
  return body.trim().slice(0, 300) || `HTTP ${status}`
}

/** Retry-After in seconds or as an HTTP date. */
export const parseRetryAfter = (value: null | string | undefined, now = Date.now()): number | undefined => {
  if (!value) return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export const classifyCallError = (error: unknown): CallOutcome => {
  if (error instanceof HTTPFetchError || (error as { status?: unknown })?.status !== undefined) {
    const e = error as { body?: string; headers?: Headers; status: number }
    const status = Number(e.status)
    if (status === 409) {
      return { kind: 'accepted', requestId: e.headers?.get?.('x-line-accepted-request-id') ?? undefined }
    }
    if (status === 429) return { kind: 'rateLimited', retryAfterMs: parseRetryAfter(e.headers?.get?.('retry-after')) }
    if (status >= 500) return { kind: 'transient', message: `HTTP ${status}: ${lineErrorMessage(e.body ?? '', status)}` }
    if (status >= 400)
      return { details: parseError(e.body ?? '')?.details ?? [], kind: 'rejected', message: lineErrorMessage(e.body ?? '', status), status }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { kind: 'transient', message }
}

/** Exponential backoff with full jitter: a crowd of retries does not come back at once. */
export const backoffDelay = (attempt: number, baseMs: number, maxMs: number, random = Math.random): number => {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}
