import type { Request, Response } from 'express'

import { BodyTooLargeError, formatBytes, readRawBody, sendError } from '../server/http'
import { coreT } from '../translations'

/** 413 with the limit in the message; the connection closes after it, so the rest of the body is never read. */
export const sendBodyTooLarge = (res: Response, limit: number) =>
  sendError(res, 413, coreT(undefined, 'bodyTooLarge', { limit: formatBytes(limit) }), { connection: 'close' })

/**
 * The request's body, read once up to `limit` bytes and kept as `req.body` (a Buffer, as
 * `express.raw()` would leave it), so a check in front of Payload (a login's account) and Payload
 * itself see the same bytes. Past the limit it answers 413 and returns undefined: a declared
 * Content-Length over the limit is refused before a byte is read, a chunked body where it passes it.
 */
export const readBody = async (req: Request, res: Response, limit: number): Promise<Buffer | undefined> => {
  if (Buffer.isBuffer(req.body)) return req.body
  try {
    const body = await readRawBody(req, limit)
    req.body = body
    return body
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error
    sendBodyTooLarge(res, error.limit)
    return undefined
  }
}
