import type { MappedSubsidy } from '../mapping/detail'

type Snapshot = Record<string, unknown>

/**
 * A comparable form of a field value: dates as instants, arrays as sorted lists (hasMany selects
 * come back in any order), objects with sorted keys (rich text JSON), empty values as null.
 */
export const canonical = (value: unknown): string => {
  const walk = (v: unknown): unknown => {
    if (v === undefined || v === null || v === '') return null
    if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v))) {
      return `@${Date.parse(v)}`
    }
    if (Array.isArray(v)) {
      const items = v.map(walk)
      return items.every((i) => typeof i === 'string') ? [...(items as string[])].sort() : items
    }
    if (typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v as object)
          .sort()
          .map((k) => [k, walk((v as Record<string, unknown>)[k])]),
      )
    }
    return v
  }
  return JSON.stringify(walk(value))
}

type MergePlan = {
  /** Fields an editor changed since the last import: left as the editor wrote them. */
  edited: string[]
  /** The snapshot to store: what the import wrote, or had written for the fields it kept. */
  snapshot: Snapshot
  /** Values to write (only fields that differ from what is stored). */
  updates: Partial<MappedSubsidy>
}

/**
 * Decides what an import may write into an existing programme. A field counts as edited when
 * its stored value differs from the value the previous import wrote (kept in the snapshot);
 * such a field is never overwritten, and its old snapshot value is kept so the edit is still
 * recognised at the next import.
 */
export const planMerge = (
  existing: Record<string, unknown>,
  previousSnapshot: null | Snapshot | undefined,
  incoming: MappedSubsidy,
): MergePlan => {
  const edited: string[] = []
  const snapshot: Snapshot = {}
  const updates: Record<string, unknown> = {}
  for (const [field, value] of Object.entries(incoming)) {
    const stored = existing[field]
    const hasPrevious = previousSnapshot && field in previousSnapshot
    if (hasPrevious && canonical(stored) !== canonical(previousSnapshot[field])) {
      edited.push(field)
      snapshot[field] = previousSnapshot[field]
      continue
    }
    snapshot[field] = value
    if (canonical(stored) !== canonical(value)) updates[field] = value
  }
  return { edited, snapshot, updates: updates as Partial<MappedSubsidy> }
}
