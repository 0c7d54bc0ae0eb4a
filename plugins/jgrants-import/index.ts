import type { Config, Payload } from 'payload'

import { addBackgroundTasks, resolveOrganisation, withCore, withLeases, withTranslations } from '@akita-dx/plugin-core'

import type { JgrantsImportOptions, ResolvedJgrantsOptions } from './types'

import { resolveOptions } from './defaults'
import { importSchedule } from './schedule'
import { jgrantsOptions } from './slot'
import { jgrantsImportTask } from './task'
import { jgrantsTranslations } from './translations'

export { runJgrantsImport } from './import/run'
export { lexicalFromText } from './mapping/richText'
export { runImportTask } from './schedule'
export type { ImportResult, JgrantsImportOptions, JgrantsVocabulary, ProgrammeFields, ResolvedJgrantsOptions, Term } from './types'

/**
 * Imports national programmes from jGrants into the app's programmes collection (`subsidies`):
 * the Payload task `importJgrants` (or `runJgrantsImport` for a run by hand) and a daily
 * background task in the one server process that holds its lease.
 */
export const jgrantsImportPlugin =
  (pluginOptions: JgrantsImportOptions = {}) =>
  (incomingConfig: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const withSchema = withLeases(
      withTranslations(withCore(incomingConfig), jgrantsTranslations),
      resolveOrganisation(options.organisation),
    )
    const config: Config = {
      ...jgrantsOptions.attach(withSchema, options),
      jobs: { ...withSchema.jobs, tasks: [...(withSchema.jobs?.tasks ?? []), jgrantsImportTask(options)] },
    }
    return options.disabled ? config : addBackgroundTasks(config, [importSchedule(options)])
  }

/** The options the running config was built with (for the command-line import). */
export const jgrantsOptionsOf = (source: Config | Payload | { custom?: Record<string, any> }): ResolvedJgrantsOptions =>
  jgrantsOptions.of(source)
