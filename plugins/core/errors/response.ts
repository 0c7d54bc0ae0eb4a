import type { PayloadRequest } from 'payload'

import { coreT } from '../translations'
import { Refusal } from './refusal'

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
