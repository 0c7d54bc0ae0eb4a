import type { Config, Payload } from 'payload'

import { optionsSlot } from '@akita-dx/plugin-core'

import type { ResolvedLineOptions } from './types'

const slot = optionsSlot<ResolvedLineOptions>('plugin-line')

export const attachLineOptions = slot.attach

/** The LINE plugin's resolved options, from the config (at build time) or the running instance. */
export const lineOptionsOf = (source: Config | Payload | { custom?: Record<string, any> }): ResolvedLineOptions => slot.of(source)

/**
 * Public origin for absolute URLs in messages. Payload sanitises an unset `serverURL` to '', so
 * empty values fall through to PUBLIC_URL.
 */
export const linePublicOrigin = (payload: Payload): string =>
  (lineOptionsOf(payload).serverURL || payload.config.serverURL || process.env.PUBLIC_URL?.trim() || 'http://localhost:3000').replace(
    /\/+$/,
    '',
  )
