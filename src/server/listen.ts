import type { Express } from 'express'
import type { AddressInfo } from 'node:net'
import type { Payload } from 'payload'

import http from 'node:http'

import { serverExtensionsOf } from './extensions'

export type RunningServer = {
  /** Stops accepting, lets in-flight requests finish, stops background work, closes the DB. */
  close: () => Promise<void>
  port: number
  server: http.Server
  url: string
}

const DRAIN_TIMEOUT_MS = 8_000

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
  /** Starts plugins' background work (crons, flushers); off for API-only test servers that test it directly. */
  startBackground?: boolean
}): Promise<RunningServer> => {
  const server = http.createServer(app)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const actualPort = (server.address() as AddressInfo).port

  const stops: { name: string; stop: () => Promise<void> }[] = []
  if (startBackground) {
    for (const extension of serverExtensionsOf(payload)) {
      if (!extension.start) continue
      stops.push({ name: extension.name, stop: await extension.start({ payload }) })
    }
  }

  let closing: Promise<void> | undefined
  const close = () => {
    closing ??= (async () => {
      const drained = new Promise<void>((resolve) => server.close(() => resolve()))
      server.closeIdleConnections()
      const timer = setTimeout(() => server.closeAllConnections(), DRAIN_TIMEOUT_MS)
      await drained
      clearTimeout(timer)
      // Background work stops after the last request so a flush sees every buffered write.
      for (const { name, stop } of stops.reverse()) {
        try {
          await stop()
        } catch (error) {
          payload.logger.error({ err: error, msg: `Stopping ${name} failed` })
        }
      }
      await payload.destroy()
    })()
    return closing
  }

  const displayHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host
  return { close, port: actualPort, server, url: `http://${displayHost}:${actualPort}` }
}
