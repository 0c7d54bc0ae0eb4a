import type { PayloadRequest } from 'payload'

import type { ErrorItem } from '@akita-dx/plugin-core'

import type { PreparedBody } from '../http/prepared'

import type { ParamError } from '../params/types'

import { logFailure, paramErrorItems, sendErrors, unavailableItems } from '../http/errors'
import { sendPrepared } from '../http/prepared'

type FailureStatus = 400 | 404 | 503

/** What a request to the API comes to, before it is an HTTP response: the endpoints send it, the reader returns it. */
export type Answer = { ok: false; errors: ErrorItem[]; status: FailureStatus } | { ok: true; prepared: PreparedBody }

/** A refusal a builder returns instead of a body (a slug with no document): sent as it is, never cached. */
export class Failure {
  constructor(
    readonly status: FailureStatus,
    readonly errors: ErrorItem[],
  ) {}
}

export const failed = ({ errors, status }: Failure): Answer => ({ errors, ok: false, status })

/** 400 naming each bad query parameter, in the request's language. */
export const paramFailure = (req: PayloadRequest, errors: ParamError[]): Answer => failed(new Failure(400, paramErrorItems(req, errors)))

/**
 * Runs an answer and turns an unexpected failure (the database gone, say) into a 503: bad input
 * is refused before any query, so a failure here is never the client's fault, and the message
 * never includes internals.
 */
export const guardedAnswer =
  <A extends unknown[]>(answer: (req: PayloadRequest, ...args: A) => Promise<Answer>) =>
  async (req: PayloadRequest, ...args: A): Promise<Answer> => {
    try {
      return await answer(req, ...args)
    } catch (error) {
      logFailure(req, error)
      return failed(new Failure(503, unavailableItems(req)))
    }
  }

/** The HTTP response of an answer: the prepared body (or 304), or the errors. */
export const sendAnswer = (req: PayloadRequest, answer: Answer, maxAgeSeconds: number, contentType?: string): Response =>
  answer.ok ? sendPrepared(req, answer.prepared, maxAgeSeconds, contentType) : sendErrors(answer.status, answer.errors)
