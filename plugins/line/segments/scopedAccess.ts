import type { Access, CollectionBeforeChangeHook, Field } from 'payload'

import type { ResolvedLineOptions } from '../types'

import { selectOptions } from '../residents/options'
import { label } from '../translations'
import { assertWithinScope, sendingScopeOf } from './scope'

/**
 * Segments of a municipal office are its own: made for its municipality (`ownerMunicipality`, set
 * by the server), read and changed only by that office and the prefecture's editors. The
 * prefecture's segments (no owner) are the prefecture's.
 */
export const ownerMunicipalityField = (options: ResolvedLineOptions): Field => ({
  name: 'ownerMunicipality',
  type: 'select',
  access: { create: () => false, update: () => false },
  admin: { description: label('segmentOwnerHelp'), position: 'sidebar', readOnly: true },
  index: true,
  label: label('segmentOwner'),
  options: selectOptions(options.residents.municipalities),
})

/**
 * Editors; a municipal office's editors only the rows of their municipality in `field` (their
 * segments by `ownerMunicipality`, followers by the `municipality` they registered).
 */
export const municipalAccess =
  (options: ResolvedLineOptions, field: string): Access =>
  async ({ req }) => {
    if (!options.organisation.isEditorUser(req.user)) return false
    const municipality = await sendingScopeOf(req, options)
    return municipality === null ? true : { [field]: { equals: municipality } }
  }

/**
 * A municipal office's segment is stamped with its municipality, starts from it, and is refused
 * (403) if its rule could reach anyone outside it (another municipality, an `or` an interest widens).
 */
export const keepSegmentInScope =
  (options: ResolvedLineOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    const municipality = await sendingScopeOf(req, options)
    if (municipality === null) return data
    const next = { ...originalDoc, ...data, ownerMunicipality: municipality }
    if (operation === 'create' && !(Array.isArray(next.municipalities) && next.municipalities.length)) next.municipalities = [municipality]
    await assertWithinScope(req, options, [next])
    return { ...data, municipalities: next.municipalities, ownerMunicipality: municipality }
  }
