import type { Payload } from 'payload'

import { JobCancelledError } from 'payload'

import type { ImportResult, ResolvedJgrantsOptions } from '../types'

import { fetchSubsidyDetail, listSubsidyIds } from '../jgrants/client'
import { parseDetail } from '../jgrants/parse'
import { detailMapper } from '../mapping/detail'
import { jgrantsT } from '../translations'
import { upsertProgramme } from './upsert'

/** Runs `worker` over `items` with at most `limit` in flight. */
const eachLimited = async <T>(items: T[], limit: number, worker: (item: T) => Promise<void>) => {
  let next = 0
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) await worker(items[next++])
  })
  await Promise.all(lanes)
}

const summary = (result: ImportResult) =>
  `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${result.skipped.length}` +
  (Object.keys(result.editedKept).length ? `, editor changes kept in ${Object.keys(result.editedKept).length}` : '')

/**
 * Pulls programmes from jGrants and upserts them by external id. The list must come back whole
 * before anything is written (a failing list fails the run); a failing or malformed detail skips
 * that programme only. Fields an editor changed since the last import are left alone. Refuses
 * to run when the plugin is disabled (a job is cancelled, not retried).
 */
export const runJgrantsImport = async (
  payload: Payload,
  options: ResolvedJgrantsOptions,
  log: (line: string) => void = (line) => payload.logger.info(`[jgrants] ${line}`),
): Promise<ImportResult> => {
  if (options.disabled) throw new JobCancelledError(jgrantsT(undefined, 'disabled'))
  const mapDetail = detailMapper(options.vocabulary)
  const ids = (await listSubsidyIds(options)).slice(0, options.maxItems)
  const result: ImportResult = { created: 0, editedKept: {}, fetched: ids.length, skipped: [], unchanged: 0, updated: 0 }
  log(`${ids.length} programmes listed by ${options.baseUrl}`)

  await eachLimited(ids, options.concurrency, async (id) => {
    try {
      const detail = parseDetail(await fetchSubsidyDetail(options, id))
      if (detail.id !== id) throw new Error(`detail answered for ${detail.id}, not ${id}`)
      await upsertProgramme(payload, options, detail, mapDetail(detail), result)
    } catch (error) {
      result.skipped.push({ id, reason: (error as Error).message.slice(0, 300) })
    }
  })

  log(summary(result))
  return result
}
