import crypto from 'node:crypto'

/**
 * A response body prepared once (and cached): its UTF-8 bytes (encoded once, not on every
 * send) and its entity tag.
 */
export type PreparedBody = { body: Uint8Array<ArrayBuffer>; etag: string }

const utf8 = new TextEncoder()

/** A text body (a feed) prepared once: its UTF-8 bytes and their entity tag. */
export const prepareText = (text: string): PreparedBody => {
  const body = utf8.encode(text)
  const etag = `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
  return { body, etag }
}

export const prepareBody = (value: unknown): PreparedBody => prepareText(JSON.stringify(value))

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'
/** Media types of the feeds: feed readers and calendar apps look at them before they parse anything. */
export const ATOM_CONTENT_TYPE = 'application/atom+xml; charset=utf-8'
export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8'

/** Headers of every answer, errors included: any origin may read the API. */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
  'x-content-type-options': 'nosniff',
}

/** `Cache-Control` of successful answers: browsers and CDNs may keep them this long. */
export const publicCacheControl = (maxAgeSeconds: number): string =>
  `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${maxAgeSeconds}`

/** Whether the client's If-None-Match already names this entity (weak comparison, RFC 9110). */
export const notModified = (ifNoneMatch: null | string | undefined, etag: string): boolean => {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const strip = (tag: string) => tag.trim().replace(/^W\//, '')
  return ifNoneMatch.split(',').some((tag) => strip(tag) === etag)
}

/** 200 with the prepared body (JSON unless told), or 304 (no body, no content type) when the client has it already. */
export const sendPrepared = (
  request: { headers: Headers },
  prepared: PreparedBody,
  maxAgeSeconds: number,
  contentType = JSON_CONTENT_TYPE,
): Response => {
  const headers: Record<string, string> = {
    ...API_HEADERS,
    'cache-control': publicCacheControl(maxAgeSeconds),
    etag: prepared.etag,
  }
  if (notModified(request.headers.get('if-none-match'), prepared.etag)) return new Response(null, { headers, status: 304 })
  return new Response(prepared.body, { headers: { ...headers, 'content-type': contentType }, status: 200 })
}

/** CORS preflight: the API is read-only and public, so any origin may GET it. */
export const sendPreflight = (): Response =>
  new Response(null, {
    headers: {
      'access-control-allow-headers': 'If-None-Match, Accept, Content-Type',
      'access-control-allow-methods': 'GET, OPTIONS',
      'access-control-allow-origin': '*',
      'access-control-max-age': '86400',
    },
    status: 204,
  })
