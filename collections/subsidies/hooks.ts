import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook } from 'payload'

import crypto from 'node:crypto'

import { buildSearchText } from './search'

/** Far-future stand-in for "no deadline", so year-round programmes sort last on every database. */
export const NO_DEADLINE = '9999-12-31T00:00:00.000Z'

const slugFromExternalId = (externalId: string) =>
  `jg-${externalId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')}`.slice(0, 100)

/** Japanese titles do not transliterate reliably, so a missing slug gets a short stable id. */
export const fillSlug: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || data.slug || originalDoc?.slug) return data
  const externalId = data.provenance?.externalId as string | undefined
  data.slug = externalId ? slugFromExternalId(externalId) : `p-${crypto.randomBytes(5).toString('hex')}`
  return data
}

/** Keeps the search column and the NULL-free sort keys in step with the fields they come from. */
export const computeDerived: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const doc = { ...(originalDoc ?? {}), ...data }
  data.yearRound = Boolean(doc.yearRound)
  data.searchText = buildSearchText(doc)
  data.sortDeadline = !data.yearRound && doc.acceptanceEnd ? doc.acceptanceEnd : NO_DEADLINE
  data.anyIndustry = !Array.isArray(doc.industries) || doc.industries.length === 0
  data.sortAmount = typeof doc.maxAmount === 'number' ? doc.maxAmount : 0
  if (doc.areaScope !== 'municipalities') data.municipalities = []
  return data
}
