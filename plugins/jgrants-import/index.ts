import type { Config } from 'payload'

import type { JgrantsImportOptions } from './types'

import { addServerExtension } from '../../src/server/extensions'
import { resolveOptions } from './defaults'
import { startSchedule } from './schedule'
import { jgrantsImportTask } from './task'

export type { ImportResult, JgrantsImportOptions } from './types'
export { runJgrantsImport } from './importer'

const CUSTOM_KEY = 'jgrantsImport'

/**
 * Imports national programmes from jGrants into `subsidies`: a Payload task (run by hand with
 * `npm run import:jgrants`) and a node-cron schedule in the server process holding the lease.
 */
export const jgrantsImportPlugin =
  (pluginOptions: JgrantsImportOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const config: Config = {
      ...incomingConfig,
      custom: { ...(incomingConfig.custom ?? {}), [CUSTOM_KEY]: options },
      jobs: {
        ...incomingConfig.jobs,
        tasks: [...(incomingConfig.jobs?.tasks ?? []), jgrantsImportTask(options)],
      },
    }
    if (options.disabled) return config
    return addServerExtension(config, {
      name: 'jgrants-import',
      start: ({ payload }) => startSchedule(payload, options),
    })
  }

/** The options the running config was built with (for the command-line import). */
export const jgrantsOptionsOf = (config: { custom?: Record<string, unknown> }) =>
  resolveOptions(config.custom?.[CUSTOM_KEY] as JgrantsImportOptions | undefined)
