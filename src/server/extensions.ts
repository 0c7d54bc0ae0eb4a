import type { Express } from 'express'
import type { Config, Payload } from 'payload'

/**
 * What a plugin contributes to the express server in front of Payload and Next: routes that
 * must see the raw request (LINE webhook, click redirect) and background work (crons, flushers)
 * that runs once per server process and is stopped on shutdown.
 */
export type ServerExtension = {
  /** Mounts routes before Payload and Next see the request. Never mount a global body parser. */
  mount?: (app: Express, context: { payload: Payload }) => void
  /** Unique name, used in logs. */
  name: string
  /** Starts background work once the server listens; the returned function stops it on SIGTERM. */
  start?: (context: { payload: Payload }) => (() => Promise<void>) | Promise<() => Promise<void>>
}

const KEY = 'serverExtensions'

/** Adds an extension without dropping the ones other plugins registered. */
export const addServerExtension = (config: Config, extension: ServerExtension): Config => ({
  ...config,
  custom: {
    ...(config.custom ?? {}),
    [KEY]: [...((config.custom?.[KEY] as ServerExtension[] | undefined) ?? []), extension],
  },
})

export const serverExtensionsOf = (payload: Payload): ServerExtension[] =>
  (payload.config.custom?.[KEY] as ServerExtension[] | undefined) ?? []
