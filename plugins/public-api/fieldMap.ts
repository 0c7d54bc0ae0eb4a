import type { SelectType } from 'payload'

import { type ID, idOf } from '@akita-dx/plugin-core/shared'

/**
 * Documents are read through a field map (the name the API knows a field by → its path in the
 * app's collection, `inquiry.email` for a group's member), so the answers are built on the map's
 * names whatever the app calls its fields.
 */

export const valueAt = (doc: Record<string, unknown>, path: string): unknown => {
  if (!path.includes('.')) return doc[path]
  let value: unknown = doc
  for (const part of path.split('.')) {
    if (!value || typeof value !== 'object') return undefined
    value = (value as Record<string, unknown>)[part]
  }
  return value
}

/** The document's values under the map's names, and its id. */
export const readFields = <K extends string>(doc: Record<string, unknown>, fields: Record<K, string>): Record<K, any> & { id: unknown } => {
  const read: Record<string, unknown> = { id: doc.id }
  for (const key of Object.keys(fields) as K[]) read[key] = valueAt(doc, fields[key])
  return read as Record<K, any> & { id: unknown }
}

/** A Payload `select` of exactly these paths (`{ inquiry: { email: true } }` for `inquiry.email`). */
export const selectOf = (paths: readonly string[]): SelectType => {
  const select: Record<string, any> = {}
  for (const path of paths) {
    const parts = path.split('.')
    let node = select
    for (const part of parts.slice(0, -1)) node = node[part] ??= {}
    node[parts.at(-1)!] = true
  }
  return select as SelectType
}

/** The ids of a hasMany relationship's value, populated or not. */
export const idsOf = (value: unknown): ID[] => (Array.isArray(value) ? value.map(idOf).filter((id): id is ID => id !== null) : [])
