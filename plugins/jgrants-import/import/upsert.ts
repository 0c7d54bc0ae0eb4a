import type { Payload } from 'payload'

import type { JgrantsDetail } from '../jgrants/parse'
import type { MappedSubsidy } from '../mapping/detail'
import type { ImportResult, ResolvedJgrantsOptions } from '../types'

import { provenanceOf } from '../mapping/detail'
import { dataOf, readValues, valueAt } from './fields'
import { planMerge } from './merge'

type Existing = Record<string, any> & { id: number | string }

const findByExternalId = async (payload: Payload, { fields, slug }: ResolvedJgrantsOptions['subsidies'], externalId: string) => {
  const found = await payload.find({
    collection: slug,
    depth: 0,
    draft: true,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: { [fields.externalId]: { equals: externalId } },
  })
  return found.docs[0] as Existing | undefined
}

const sortedList = (value: unknown) => (Array.isArray(value) ? [...value].sort().join(',') : '')

/**
 * Creates or updates the programme of one jGrants item. A new one starts as `initialStatus`; an
 * existing one keeps its publication status and every field an editor changed since the last
 * import (see planMerge). Counts what it did in `result`.
 */
export const upsertProgramme = async (
  payload: Payload,
  options: ResolvedJgrantsOptions,
  detail: JgrantsDetail,
  mapped: MappedSubsidy,
  result: ImportResult,
): Promise<void> => {
  const { fields, slug } = options.subsidies
  const provenance = provenanceOf(detail)
  const existing = await findByExternalId(payload, options.subsidies, detail.id)
  const importedAt = new Date().toISOString()

  if (!existing) {
    await payload.create({
      collection: slug,
      data: {
        ...dataOf({ ...mapped, ...provenance, editedFields: [], importedAt, snapshot: mapped }, fields),
        _status: options.initialStatus,
      },
      draft: options.initialStatus === 'draft',
      overrideAccess: true,
    })
    result.created += 1
    return
  }

  const stored = readValues(existing, fields, Object.keys(mapped))
  const plan = planMerge(stored, valueAt(existing, fields.snapshot) as Record<string, unknown> | null, mapped)
  if (plan.edited.length) result.editedKept[detail.id] = plan.edited
  if (Object.keys(plan.updates).length === 0 && sortedList(valueAt(existing, fields.editedFields)) === sortedList(plan.edited)) {
    result.unchanged += 1
    return
  }
  await payload.update({
    collection: slug,
    data: dataOf({ ...plan.updates, ...provenance, editedFields: plan.edited, importedAt, snapshot: plan.snapshot }, fields, existing),
    // A programme an editor keeps as a draft stays a draft; a published one stays published.
    draft: existing._status === 'draft',
    id: existing.id,
    overrideAccess: true,
  })
  result.updated += 1
}
