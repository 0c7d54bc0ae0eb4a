import type { CollectionAfterChangeHook, CollectionConfig } from 'payload'

import { compareAndSet } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { AUDITED_FIELDS, auditDeliveryAfter } from '../delivery/audit'
import { linePublicOrigin } from '../options'
import { lineT } from '../translations'
import type { ResolvedLineOptions, ResolvedSourceCollection } from '../types'

/** A populated document (an upload, a relationship) counts as its id: depth must not look like an edit. */
const comparable = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(comparable)
  if (value && typeof value === 'object' && 'id' in value && 'updatedAt' in value) return (value as { id: unknown }).id
  return value ?? null
}

/**
 * Whether the parts a message is built from (not its department) differ between two versions of a
 * document, its public page included: a changed slug would leave the frozen 「詳しく見る」 a dead link.
 * Both are read as published (this runs only on a publish), so that publishing a draft whose page
 * is the same does not count as a change.
 */
const messageChanged = (
  source: ResolvedSourceCollection,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  serverURL: string,
) =>
  Object.entries(source.fields).some(
    ([part, field]) =>
      part !== 'department' && field !== null && JSON.stringify(comparable(before[field])) !== JSON.stringify(comparable(after[field])),
  ) ||
  (source.url !== undefined &&
    source.url({ ...before, _status: 'published' }, { serverURL }) !== source.url({ ...after, _status: 'published' }, { serverURL }))

/**
 * A request approved must be what is sent: when the published content of its document changes
 * while it waits, the request goes back to the requester (差し戻し) with the reason, and the
 * requester asks again with the new content. A draft save changes nothing residents would get.
 */
const returnPendingRequests =
  (options: ResolvedLineOptions, source: ResolvedSourceCollection): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (options.disabled || operation !== 'update' || doc?._status === 'draft') return doc
    if (!messageChanged(source, previousDoc ?? {}, doc, linePublicOrigin(req.payload))) return doc
    const { docs } = await req.payload.find({
      collection: SLUGS.deliveries,
      depth: 0,
      limit: 100,
      overrideAccess: true,
      pagination: false,
      req,
      select: { ...AUDITED_FIELDS, status: true },
      where: {
        and: [
          { collection: { equals: source.slug } },
          { document: { equals: String(doc.id) } },
          { status: { equals: 'awaiting_approval' } },
        ],
      },
    })
    const reason = lineT(req, 'approvalSourceEdited')
    for (const pending of docs) {
      const returned = await compareAndSet(
        req.payload,
        SLUGS.deliveries,
        pending.id,
        { status: { equals: 'awaiting_approval' } },
        {
          rejectionReason: reason,
          reviewedAt: new Date().toISOString(),
          status: 'rejected',
        },
      )
      if (returned) await auditDeliveryAfter({ payload: req.payload, req }, 'rejected', pending, { note: reason })
    }
    return doc
  }

/** Adds the hook to a source collection, after the hooks it already has, once. */
export const withReturnOnEdit = (
  collection: CollectionConfig,
  options: ResolvedLineOptions,
  source: ResolvedSourceCollection,
): CollectionConfig => {
  // Installed twice (the send panel is already there): the hook is already there too.
  if (collection.fields.some((f) => 'name' in f && f.name === 'lineSend')) return collection
  const afterChange = [...(collection.hooks?.afterChange ?? []), returnPendingRequests(options, source)]
  return { ...collection, hooks: { ...collection.hooks, afterChange } }
}
