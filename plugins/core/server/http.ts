import type { IncomingMessage, ServerResponse } from 'node:http'

import { errorBody } from '../errors/response'

/** Writes a JSON answer on a plain Node response. */
export const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const bytes = Buffer.from(JSON.stringify(body))
  res.writeHead(status, { 'content-length': String(bytes.length), 'content-type': 'application/json; charset=utf-8', ...headers })
  res.end(bytes)
}

/** `{ errors: [{ message, field? }] }` with a status, the error body of every route. */
export const sendError = (res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}, field?: string) =>
  sendJson(res, status, errorBody(message, field), { 'cache-control': 'no-store', ...headers })

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body over ${limit} bytes`)
  }
}

/**
 * The whole body, refusing one over `limit` bytes: a declared Content-Length over it is refused
 * before a byte is read, a body that grows past it while streaming is cut off there.
 */
export const readRawBody = (req: IncomingMessage, limit: number): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) return reject(new BodyTooLargeError(limit))
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        // Stop reading: the caller answers 413 with `connection: close`, the rest is never read.
        req.removeAllListeners('data')
        req.pause()
        reject(new BodyTooLargeError(limit))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })

/** `1mb`-style size for messages. */
export const formatBytes = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} B`
