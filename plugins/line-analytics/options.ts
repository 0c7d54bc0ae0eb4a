import type { Payload } from 'payload'

import { optionsSlot } from '@akita-dx/plugin-core'
import { linePublicOrigin } from '@akita-dx/plugin-line'

import type { ResolvedAnalyticsOptions } from './types'

const slot = optionsSlot<ResolvedAnalyticsOptions>('plugin-line-analytics')

export const attachAnalyticsOptions = slot.attach

/** The plugin's resolved options, from the config (at build time) or the running instance. */
export const analyticsOptionsOf = slot.of

/** The start of every tracked link (`https://…/l/`): what links are rewritten to and recognised by. */
export const trackedLinkPrefix = (payload: Payload): string => {
  const options = analyticsOptionsOf(payload)
  return `${options.publicBaseUrl ?? linePublicOrigin(payload)}${options.redirectPath}/`
}
