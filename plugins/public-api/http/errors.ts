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

/** One error item per bad query parameter, in the request's language. */
export const paramErrorItems = (req: Pick<PayloadRequest, 't'>, errors: ParamError[]): ErrorItem[] =>
  errors.map(({ field, reason, vars }) => ({ field, message: publicApiT(req, reason, vars) }))

/** 400 naming each bad query parameter. */
export const sendParamErrors = (req: PayloadRequest, errors: ParamError[]): Response => sendErrors(400, paramErrorItems(req, errors))

/** Logs an unexpected failure of a handler; what the client gets is `unavailableItems`. */
export const logFailure = (req: PayloadRequest, error: unknown): void =>
  req.payload.logger.error({ err: error, msg: `public API: ${req.method ?? 'GET'} ${req.url ?? ''} failed` })

export const unavailableItems = (req: Pick<PayloadRequest, 't'>): ErrorItem[] => [{ message: publicApiT(req, 'unavailable') }]

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
      logFailure(req, error)
      return sendErrors(503, unavailableItems(req))
    }
  }

export const searchParamsOf = (req: PayloadRequest): URLSearchParams => new URL(req.url ?? 'http://localhost/').searchParams
