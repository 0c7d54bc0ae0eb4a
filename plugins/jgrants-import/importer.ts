import type { Payload } from 'payload'

import type { ImportResult, ResolvedJgrantsOptions } from './types'

import { fetchSubsidyDetail, listSubsidyIds } from './utilities/client'
import { mapDetail, parseDetail, provenanceOf } from './utilities/mapSubsidy'
import { planMerge } from './utilities/merge'

type Existing = Record<string, any> & { id: number | string }

const findByExternalId = async (payload: Payload, slug: string, externalId: string) => {
  const found = await payload.find({
    collection: slug as 'subsidies',
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { 'provenance.externalId': { equals: externalId } },
  })
  return found.docs[0] as Existing | undefined
}

/** Runs `worker` over `items` with at most `limit` in flight. */
const eachLimited = async <T>(items: T[], limit: number, worker: (item: T) => Promise<void>) => {
  let next = 0
  const lanes = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, async () => {
    while (next < items.length) {
      const item = items[next++]
      await worker(item)
    }
  })
  await Promise.all(lanes)
}

/**
 * Pulls programmes from jGrants and upserts them by external id. The list must come back whole
 * before anything is written (a failing list fails the run); a failing or malformed detail skips
 * that programme only. Fields an editor changed since the last import are left alone.
 */
export const runJgrantsImport = async (
  payload: Payload,
  options: ResolvedJgrantsOptions,
  log: (line: string) => void = (line) => payload.logger.info(`[jgrants] ${line}`),
): Promise<ImportResult> => {
  const ids = (await listSubsidyIds(options)).slice(0, options.maxItems)
  const result: ImportResult = { created: 0, editedKept: {}, fetched: ids.length, skipped: [], unchanged: 0, updated: 0 }
  log(`${ids.length} programmes listed by ${options.baseUrl}`)

  await eachLimited(ids, options.concurrency, async (id) => {
    try {
      const detail = parseDetail(await fetchSubsidyDetail(options, id))
      if (detail.id !== id) throw new Error(`detail answered for ${detail.id}, not ${id}`)
      const mapped = mapDetail(detail)
      const provenance = provenanceOf(detail)
      const existing = await findByExternalId(payload, options.slug, id)
      const importedAt = new Date().toISOString()

      if (!existing) {
        await payload.create({
          collection: options.slug as 'subsidies',
          data: {
            ...mapped,
            _status: options.initialStatus,
            provenance: { ...provenance, editedFields: [], importedAt, snapshot: mapped },
          } as never,
          draft: options.initialStatus === 'draft',
          overrideAccess: true,
        })
        result.created += 1
        return
      }

      const plan = planMerge(existing, existing.provenance?.snapshot, mapped)
      if (plan.edited.length) result.editedKept[id] = plan.edited
      const editedBefore = [...(existing.provenance?.editedFields ?? [])].sort().join(',')
      if (Object.keys(plan.updates).length === 0 && editedBefore === [...plan.edited].sort().join(',')) {
        result.unchanged += 1
        return
      }
      await payload.update({
        collection: options.slug as 'subsidies',
        data: {
          ...plan.updates,
          provenance: { ...existing.provenance, ...provenance, editedFields: plan.edited, importedAt, snapshot: plan.snapshot },
        } as never,
        // A programme an editor keeps as a draft stays a draft; a published one stays published.
        draft: existing._status === 'draft',
        id: existing.id,
        overrideAccess: true,
      })
      result.updated += 1
    } catch (error) {
      result.skipped.push({ id, reason: (error as Error).message.slice(0, 300) })
    }
  })

  log(
    `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, skipped ${result.skipped.length}` +
      (Object.keys(result.editedKept).length ? `, editor changes kept in ${Object.keys(result.editedKept).length}` : ''),
  )
  return result
}
