import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { coreT } from '../translations'
import { InputRefusal, Refusal } from './refusal'

/** One problem with a request; `field` names the input it is about, as Payload's own errors do. */
export type ErrorItem = { field?: string; message: string }

/** The error body of every plugin endpoint and route: `{ errors: [{ message, field? }] }`. */
export type ErrorBody = { errors: ErrorItem[] }

export const errorBody = (message: string, field?: string): ErrorBody => ({
  errors: [field ? { field, message } : { message }],
})

/** A JSON response; plugin endpoints answer with it so every body and header is built one way. */
export const jsonResponse = (body: unknown, status = 200, headers?: HeadersInit): Response => Response.json(body, { headers, status })

export const errorResponse = (status: number, message: string, options: { field?: string; headers?: HeadersInit } = {}): Response =>
  jsonResponse(errorBody(message, options.field), status, options.headers)

/** The JSON object a request sent, or the 400 to answer when it is not one. */
export const readJsonObject = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  let body: unknown
  try {
    body = req.json ? await req.json() : {}
  } catch {
    return errorResponse(400, coreT(req, 'invalidJson'))
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return errorResponse(400, coreT(req, 'jsonObjectRequired'))
  return body as Record<string, unknown>
}

/** The error response of a refusal thrown by shared code (a hook's check reused by an endpoint); null for any other error. */
export const refusalResponse = (error: unknown): null | Response =>
  error instanceof Refusal ? errorResponse(error.status, error.message, { field: error.field }) : null

/**
 * The answer to an error of a Local API call an endpoint made on the caller's behalf: a refusal
 * as it is (with its field), any other client error (access, validation) with its status; null
 * for a server fault, which the caller rethrows.
 */
export const clientErrorResponse = (error: unknown): null | Response =>
  refusalResponse(error) ?? (error instanceof APIError && error.status < 500 ? errorResponse(error.status, error.message) : null)

/**
 * Errors of the multipart parser Payload reads forms with (busboy): a broken form is the client's
 * fault, but they carry no status and would be answered 500.
 */
const BROKEN_FORM =
  /^(Malformed part header|Malformed urlencoded form|Multipart: Boundary not found|Unexpected end of (form|multipart data))/

/**
 * Answers an `InputRefusal` as `{ errors: [{ message, field }] }` rather than in Payload's
 * ValidationError shape, and a form the parser could not read as a 400.
 */
export const answerInputRefusals: CollectionAfterErrorHook = ({ error, req }) => {
  if (error instanceof InputRefusal) return { response: errorBody(error.message, error.field), status: error.status }
  const status = (error as { status?: number }).status
  if ((status === undefined || status >= 500) && BROKEN_FORM.test(error?.message ?? ''))
    return { response: errorBody(coreT(req, 'invalidForm')), status: 400 }
  return undefined
}
