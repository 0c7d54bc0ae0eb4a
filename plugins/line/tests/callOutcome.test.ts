import { describe, expect, it } from '@jest/globals'
import { HTTPFetchError } from '@line/bot-sdk'

import { backoffDelay, CallTimeoutError, classifyCallError, parseRetryAfter } from '../client/callOutcome'
import { routeInquiry } from '../inquiries/routing'

const httpError = (status: number, body = '', headers: Record<string, string> = {}) =>
  new HTTPFetchError('x', { body, headers: new Headers(headers), status, statusText: '' })

describe('what to do after a failed LINE call', () => {
  it('409 on a retry key is "already sent", with the accepted request id', () => {
    expect(classifyCallError(httpError(409, '{}', { 'x-line-accepted-request-id': 'req-1' }))).toEqual({
      kind: 'accepted',
      requestId: 'req-1',
    })
  })
  it('429 waits for Retry-After; 5xx and timeouts are retried; other 4xx fail with LINE’s message', () => {
    expect(classifyCallError(httpError(429, '', { 'retry-after': '3' }))).toEqual({ kind: 'rateLimited', retryAfterMs: 3000 })
    expect(classifyCallError(httpError(503)).kind).toBe('transient')
    expect(classifyCallError(new CallTimeoutError(100)).kind).toBe('transient')
    expect(classifyCallError(new TypeError('fetch failed')).kind).toBe('transient')
    expect(
      classifyCallError(
        httpError(
          400,
          JSON.stringify({
            details: [{ message: 'May not be empty', property: 'messages[0].text' }],
            message: 'The request body has 1 error(s)',
          }),
        ),
      ),
    ).toEqual({
      details: [{ message: 'May not be empty', property: 'messages[0].text' }],
      kind: 'rejected',
      message: 'The request body has 1 error(s) (messages[0].text: May not be empty)',
      status: 400,
    })
  })
  it('reads Retry-After as seconds or a date', () => {
    expect(parseRetryAfter('0')).toBe(0)
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 5_000)).toBe(5_000)
    expect(parseRetryAfter('soon')).toBeUndefined()
  })
  it('backs off exponentially within [ceiling/2, ceiling], capped', () => {
    expect(backoffDelay(1, 100, 10_000, () => 0)).toBe(50)
    expect(backoffDelay(4, 100, 10_000, () => 1)).toBe(800)
    expect(backoffDelay(20, 100, 10_000, () => 1)).toBe(10_000)
  })
})

const ROUTES = [
  { department: 'bosai', keywords: ['防災', '避難', '大雨'] },
  { department: 'kodomo', keywords: ['子育て', '保育'] },
  { department: 'iju', keywords: ['移住', 'Uターン'] },
]

describe('inquiry routing', () => {
  it('sends free text to the department of the first matching keyword, else the fallback', () => {
    expect(routeInquiry('保育園の空きはありますか', ROUTES, 'koho')).toEqual({ department: 'kodomo', keyword: '保育' })
    expect(routeInquiry('大雨で避難所はどこ？', ROUTES, 'koho').department).toBe('bosai')
    expect(routeInquiry('ＵＩターンの相談 Ｕターン', ROUTES, 'koho').department).toBe('iju')
    expect(routeInquiry('ありがとうございました', ROUTES, 'koho')).toEqual({ department: 'koho' })
  })
})

describe('inquiry routing without a fallback', () => {
  it('leaves an unmatched inquiry without a department', () => {
    expect(routeInquiry('ありがとうございました', ROUTES, undefined)).toEqual({ department: undefined })
  })
})
