import type { TaskConfig } from 'payload'

import type { ResolvedJgrantsOptions } from './types'

import { TASK_SLUG } from './defaults'
import { runJgrantsImport } from './importer'

/**
 * The import as a Payload task: queued by the schedule (or by hand) and run by Payload's job
 * runner, which records its output and retries a run whose list request failed.
 */
export const jgrantsImportTask = (options: ResolvedJgrantsOptions): TaskConfig => ({
  slug: TASK_SLUG,
  handler: async ({ req }) => {
    const result = await runJgrantsImport(req.payload, options)
    return {
      output: {
        created: result.created,
        editedKept: Object.keys(result.editedKept).length,
        fetched: result.fetched,
        skipped: result.skipped.length,
        unchanged: result.unchanged,
        updated: result.updated,
      },
    }
  },
  label: 'jGrants import',
  outputSchema: ['created', 'editedKept', 'fetched', 'skipped', 'unchanged', 'updated'].map((name) => ({
    name,
    type: 'number' as const,
  })),
  retries: 2,
})
