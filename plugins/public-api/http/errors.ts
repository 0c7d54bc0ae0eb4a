import type { PayloadRequest } from 'payload'

import { type ErrorItem, jsonResponse } from '@akita-dx/plugin-core'

import type { ParamError } from '../params/types'

import { publicApiT } from '../translations'
import { API_HEADERS, JSON_CONTENT_TYPE } from './prepared'

/** Headers of error answers: readable from any origin, never cached. */
export const ERROR_HEADERS: Readonly<Record<string, string>> = {
  ...API_HEADERS,
  'cache-control': 'no-store',
  'content-type': JSON_CONTENT_TYPE,
}

/** `{ errors: [{ message, field? }] }`, the error body of every answer of the API. */
export const sendErrors = (status: 400 | 404 | 503, errors: ErrorItem[]): Response => jsonResponse({ errors }, status, ERROR_HEADERS)

/** 400 naming each bad query parameter, in the request's language. */
export const sendParamErrors = (req: PayloadRequest, errors: ParamError[]): Response =>
  sendErrors(
    400,
    errors.map(({ field, reason, vars }) => ({ field, message: publicApiT(req, reason, vars) })),
  )

/**
 * Runs a handler and turns an unexpected failure (the database gone, say) into a 503: bad input
 * is answered with 400/404 before any query, so a failure here is never the client's fault, and
 * the message never includes internals.
 */
export const guarded =
  (handler: (req: PayloadRequest) => Promise<Response>) =>
  async (req: PayloadRequest): Promise<Response> => {
    try {
      return await handler(req)
    } catch (error) {
      req.payload.logger.error({ err: error, msg: `public API: ${req.method} ${req.url} failed` })
      return sendErrors(503, [{ message: publicApiT(req, 'unavailable') }])
    }
  }

export const searchParamsOf = (req: PayloadRequest): URLSearchParams => new URL(req.url ?? 'http://localhost/').searchParams
