import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { appendHooks, badRequest } from '@akita-dx/plugin-core'

import type { ResolvedLineOptions, ResolvedSourceCollection } from '../types'

import { nonEmpty } from '../segments/rule'
import { municipalityName, sendingScopeOf } from '../segments/scope'
import { lineT } from '../translations'

/**
 * A municipal office writes for its own municipality: a document it saves without 対象市町村 gets
 * its municipality, and one naming any other is refused (400 on the field). The prefecture's staff
 * choose freely.
 */
const keepDocumentInScope =
  (options: ResolvedLineOptions, source: ResolvedSourceCollection): CollectionBeforeChangeHook =>
  async ({ data, originalDoc, req }) => {
    const field = source.fields.municipalities
    if (!field) return data
    const municipality = await sendingScopeOf(req, options)
    if (municipality === null) return data
    const targets = nonEmpty(field in data ? data[field] : originalDoc?.[field])
    if (targets.length === 0) return { ...data, [field]: [municipality] }
    if (targets.every((target) => target === municipality)) return data
    throw badRequest(lineT(req, 'errorDocumentOutsideScope', { municipality: municipalityName(options, municipality) }), field)
  }

/**
 * A collection without 対象市町村 has nothing to keep in scope: its documents are for everyone, and
 * a municipal office still reaches only its own residents, through the segments it may use.
 */
export const withMunicipalScope = (collection: CollectionConfig, options: ResolvedLineOptions, source: ResolvedSourceCollection) =>
  options.disabled || !source.fields.municipalities
    ? collection
    : appendHooks(collection, { beforeChange: [keepDocumentInScope(options, source)] })
