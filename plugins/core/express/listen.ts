import type { Express } from 'express'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import http from 'node:http'

import { startBackgroundWork, type StopWork } from '../server/background'

export type RunningServer = {
  /** Stops accepting, lets in-flight requests finish, stops background work, closes the database. */
  close: () => Promise<void>
  port: number
  server: http.Server
  url: string
}

const DRAIN_TIMEOUT_MS = 8_000

/**
 * Serves an express app and, with `startBackground`, runs the config's background tasks in this
 * process. `close()` drains requests first and stops background work after the last one, so a
 * flush at shutdown sees every write a request buffered.
 */
export const listen = async ({
  app,
  host = '0.0.0.0',
  payload,
  port,
  startBackground = true,
}: {
  app: Express
  host?: string
  payload: Payload
  port: number
  /** Off for API-only test servers that run the background work themselves. */
  startBackground?: boolean
}): Promise<RunningServer> => {
  const server = http.createServer(app)
  // Idle connections outlive the client's and a proxy's idle timeout (commonly 60 s): with Node's
  // 5 s default the server could close a socket just as the other side reused it (ECONNRESET, a
  // proxy's 502). Shutdown closes idle connections at once anyway.
  server.keepAliveTimeout = 65_000
  server.headersTimeout = 66_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port
  const stopBackground: StopWork = startBackground ? await startBackgroundWork(payload) : async () => {}

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS)
      await drained
      clearTimeout(timer)
      await stopBackground()
      await payload.destroy()
    })()
    return closing
  }

  const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return { close, port: actualPort, server, url: `http://${displayHost}:${actualPort}` }
}
