import type { ProgrammeFields } from '../types'

/**
 * The import works on ProgrammeFields' names; these turn them into the app's field paths
 * (`provenance.externalId` for a group's member) and back.
 */

type Values = Partial<Record<keyof ProgrammeFields, unknown>>

export const valueAt = (doc: Record<string, unknown>, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), doc)

/** The document's values of these fields, under ProgrammeFields' names. */
export const readValues = (doc: Record<string, unknown>, fields: ProgrammeFields, keys: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(keys.map((key) => [key, valueAt(doc, fields[key as keyof ProgrammeFields])]))

/**
 * The data to write for these values. A group is started from the stored document's group, so
 * its members the import does not own (an editor's note) are written back as they were.
 */
export const dataOf = (values: Values, fields: ProgrammeFields, existing?: Record<string, unknown>): Record<string, unknown> => {
  const data: Record<string, any> = {}
  for (const [key, value] of Object.entries(values)) {
    const parts = fields[key as keyof ProgrammeFields].split('.')
    let node = data
    for (const [depth, part] of parts.slice(0, -1).entries()) {
      const stored = valueAt(existing ?? {}, parts.slice(0, depth + 1).join('.'))
      node = node[part] ??= stored && typeof stored === 'object' ? { ...stored } : {}
    }
    node[parts.at(-1)!] = value
  }
  return data
}
