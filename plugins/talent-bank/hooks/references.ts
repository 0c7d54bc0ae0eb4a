import type { CollectionBeforeChangeHook, CollectionSlug } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import { message } from '../translations'

/** A relation to check: `field` of the document, or `field` of each row of the array `array`. */
type Reference = { array?: string; collection: CollectionSlug; field: string }

/**
 * Answers a relation to a document that does not exist with a 400 naming the field. Payload
 * checks only the id's format; the database would refuse the row and the client would see a 500.
 */
export const requireExistingReferences =
  (references: Reference[]): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    const numeric = req.payload.db.defaultIDType === 'number'
    for (const reference of references) {
      const values: { id: number | string; path: string }[] = []
      const collect = (raw: unknown, path: string) => {
        const list = Array.isArray(raw) ? raw.map((v, i) => [v, `${path}.${i}`] as const) : [[raw, path] as const]
        for (const [value, at] of list) {
          const id = idOf(value)
          // Malformed ids are left to Payload's own validation, which names them.
          if (id !== null && (!numeric || /^\d+$/.test(String(id)))) values.push({ id, path: at })
        }
      }
      if (reference.array) {
        const rows = data[reference.array]
        if (!Array.isArray(rows)) continue
        rows.forEach((row, i) => collect(row?.[reference.field], `${reference.array}.${i}.${reference.field}`))
      } else {
        const raw = data[reference.field]
        collect(raw, reference.field)
        if (!Array.isArray(raw) && values.length === 1) values[0].path = reference.field
      }
      if (values.length === 0) continue
      const found = await req.payload.find({
        collection: reference.collection,
        depth: 0,
        limit: 0,
        overrideAccess: true,
        pagination: false,
        req,
        select: {},
        where: { id: { in: [...new Set(values.map((v) => v.id))] } },
      })
      const existing = new Set(found.docs.map((doc) => String(doc.id)))
      const missing = values.find((v) => !existing.has(String(v.id)))
      if (missing) throw badRequest(message(req, 'error.referenceMissing', { id: missing.id }), missing.path)
    }
    return data
  }
