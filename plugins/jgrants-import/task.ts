import type { TaskConfig } from 'payload'

import type { ResolvedJgrantsOptions } from './types'

import { TASK_SLUG } from './defaults'
import { runJgrantsImport } from './import/run'
import { ja } from './translations/ja'

const OUTPUTS = ['created', 'editedKept', 'fetched', 'skipped', 'unchanged', 'updated'] as const

/**
 * The import as a Payload task: queued by the schedule (or by hand) and run by Payload's job
 * runner, which records its output and retries a run whose list request failed. Registered even
 * when the plugin is disabled (the jobs schema stays the same); it is then cancelled at once.
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
  // Payload takes one string: the admin's language, Japanese.
  label: ja['plugin-jgrants-import'].taskLabel,
  outputSchema: OUTPUTS.map((name) => ({ name, type: 'number' as const })),
  retries: 2,
})
