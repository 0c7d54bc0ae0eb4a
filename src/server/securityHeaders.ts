import type { NextFunction, Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import crypto from 'node:crypto'

export type PolicyOptions = {
  /** Next in development: its dev runtime evaluates code and talks over a websocket. */
  dev: boolean
  /** Where images the admin shows may come from besides this origin (PUBLIC_URL: LINE previews use absolute URLs). */
  imageOrigins: string[]
  /** The nonce of this answer's scripts (pages Next renders); without it, no inline script runs. */
  nonce?: string
}

// The admin's code fields load their editor from this CDN (Payload's default), with its styles and fonts.
const CODE_EDITOR_CDN = 'https://cdn.jsdelivr.net'

/**
 * The Content-Security-Policy of every answer. Scripts: only those carrying this answer's nonce
 * (Next puts it on every script it renders) and what they load ('strict-dynamic'). Styles may be
 * inline (Payload's and Lexical's components set style attributes). Images also from data: and
 * blob: URLs (previews of a file being uploaded). Nothing may frame the product.
 */
export const contentSecurityPolicy = ({ dev, imageOrigins, nonce }: PolicyOptions): string =>
  [
    "default-src 'self'",
    dev
      ? "script-src 'self' 'unsafe-inline' 'unsafe-eval'"
      : nonce
        ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`
        : "script-src 'self'",
    `style-src 'self' 'unsafe-inline' ${CODE_EDITOR_CDN}`,
    ['img-src', "'self'", 'data:', 'blob:', ...imageOrigins].join(' '),
    `font-src 'self' data: ${CODE_EDITOR_CDN}`,
    dev ? "connect-src 'self' ws: wss:" : "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ')

const HSTS = 'max-age=31536000'

/**
 * Headers of every answer: no framing (X-Frame-Options and frame-ancestors), no MIME sniffing,
 * referrers only as an origin to other sites (a route may set its own, as the click redirect's
 * `no-referrer`), HSTS when the request came over https. A file of an upload collection (a PDF,
 * a CSV) keeps only `frame-ancestors` of the policy, so the browser's own viewer can show it.
 */
export const securityHeaders = (payload: Payload, options: Omit<PolicyOptions, 'nonce'>): RequestHandler => {
  const api = payload.config.routes.api
  const uploadFiles = Object.values(payload.collections)
    .filter(({ config }) => Boolean(config.upload))
    .map(({ config }) => `${api}/${config.slug}/file/`)
  const policy = contentSecurityPolicy(options)
  return (req: Request, res: Response, next: NextFunction) => {
    res.setHeader('x-frame-options', 'DENY')
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin')
    const isFile = req.method === 'GET' && uploadFiles.some((prefix) => req.path.startsWith(prefix))
    res.setHeader('content-security-policy', isFile ? "frame-ancestors 'none'" : policy)
    if (req.secure) res.setHeader('strict-transport-security', HSTS)
    next()
  }
}

/**
 * A fresh nonce for a page Next renders: in the answer's policy, and in the request's, where Next
 * reads it to put it on the scripts it writes.
 */
export const withScriptNonce = (req: Request, res: Response, options: Omit<PolicyOptions, 'nonce'>): void => {
  if (options.dev) return
  const policy = contentSecurityPolicy({ ...options, nonce: crypto.randomBytes(16).toString('base64') })
  req.headers['content-security-policy'] = policy
  res.setHeader('content-security-policy', policy)
}
