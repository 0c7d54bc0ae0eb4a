import type { Request as ExpressRequest, Response as ExpressResponse, NextFunction } from 'express'
import type { Payload } from 'payload'

import { Readable } from 'node:stream'
import { handleEndpoints } from 'payload'

/** An express request as the Web Request Payload's handlers take; the body is streamed, not buffered. */
export const toWebRequest = (req: ExpressRequest): Request => {
  const url = `${req.protocol || 'http'}://${req.get('host') ?? 'localhost'}${req.originalUrl}`
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  const hasBody = !['GET', 'HEAD'].includes(req.method)
  return new Request(url, {
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    // Node's fetch needs half duplex to stream a request body.
    duplex: 'half',
    headers,
    method: req.method,
  } as RequestInit)
}

/** Writes a Web Response to express, keeping every Set-Cookie header. */
export const sendWebResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name.toLowerCase() !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as never)
      .on('error', reject)
      .pipe(res)
      .on('finish', resolve)
      .on('error', reject)
  })
}

/**
 * Payload's REST API (`/api/...`) straight from express through Payload's own `handleEndpoints`,
 * so the API (and every plugin's endpoints) works, and is tested, without a Next build.
 */
export const payloadRestHandler = (payload: Payload) => async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
  try {
    const response = await handleEndpoints({ config: payload.config, request: toWebRequest(req) })
    await sendWebResponse(response, res)
  } catch (error) {
    next(error)
  }
}
