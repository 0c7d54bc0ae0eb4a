import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { clientErrorResponse, errorBody, errorResponse } from '@akita-dx/plugin-core'
import { ValidationError } from 'payload'

import { message } from '../translations'

/** A lost race on the unique `openOffer` column: another request stored the same offer first. */
export const isDuplicateOffer = (error: unknown): boolean =>
  error instanceof ValidationError && (error.data?.errors ?? []).some((e: { path?: string }) => /^open_?offer$/i.test(String(e.path ?? '')))

/**
 * The answer to an error of creating an offer: the hooks' refusals as they are, the lost race as
 * 409, anything else the client caused with its own status. Server faults stay thrown.
 */
export const offerErrorResponse = (req: PayloadRequest, error: unknown): Response => {
  if (isDuplicateOffer(error)) return errorResponse(409, message(req, 'error.alreadyProposed'), { field: 'profile' })
  if (error instanceof ValidationError) {
    const first = error.data?.errors?.[0] as { message?: string; path?: string } | undefined
    return errorResponse(400, first?.message ?? error.message, { field: first?.path })
  }
  const answer = clientErrorResponse(error)
  if (!answer) throw error
  return answer
}

/** The same lost race through `POST /api/help-matches`: 409 with the duplicate's message, not Payload's 400 on a hidden column. */
export const answerDuplicateOffer: CollectionAfterErrorHook = ({ error, req }) =>
  isDuplicateOffer(error) ? { response: errorBody(message(req, 'error.alreadyProposed'), 'profile'), status: 409 } : undefined
