import type { Payload, PayloadRequest } from 'payload'

import { badRequest, forbidden } from '@akita-dx/plugin-core'

import { maySendDocument } from '../delivery/ownership'
import { linePublicOrigin } from '../options'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { buildDeliveryMessages } from './build'
import { plainText } from './plainText'
import type { DeliverySource } from './transforms'
import { validateMessages } from './validate'

type ComposeInput = { altText?: unknown; collection?: unknown; document?: unknown; extraText?: unknown; mode?: unknown }

/**
 * The document a delivery sends. Residents only ever get what is published; a test send or a
 * preview shows the latest draft, so editors can check the message on their own phone first.
 * Only someone who may edit the document (or who sends for every department) may do either.
 */
const loadSource = async (
  payload: Payload,
  options: ResolvedLineOptions,
  input: ComposeInput,
  req?: PayloadRequest,
): Promise<DeliverySource> => {
  const source = options.collections.find((c) => c.slug === input.collection)
  if (!source)
    throw badRequest(lineT(req, 'errorCollection', { slugs: options.collections.map((c) => c.slug).join(', ') || '—' }), 'collection')
  if (!payload.collections[source.slug]) throw badRequest(lineT(req, 'errorCollectionMissing', { slug: source.slug }), 'collection')
  const documentId = typeof input.document === 'number' || typeof input.document === 'string' ? input.document : ''
  if (documentId === '') throw badRequest(lineT(req, 'errorDocumentRequired'), 'document')
  const hasDrafts = Boolean(payload.collections[source.slug].config.versions?.drafts)
  const live = input.mode === 'live'
  const doc = (await payload.findByID({
    collection: source.slug,
    depth: 1,
    disableErrors: true,
    draft: hasDrafts && !live,
    id: documentId,
    overrideAccess: true,
    req,
  })) as null | Record<string, unknown>
  if (!doc) throw badRequest(lineT(req, 'errorDocumentMissing', { id: String(documentId), slug: source.slug }), 'document')
  // A signed-in user sends (and previews, drafts included) only what they may edit; the Local API without a user is trusted.
  if (req?.user && !(await maySendDocument(req, source.slug, doc.id as number | string)))
    throw forbidden(lineT(req, 'errorNotYourDocument'))
  if (live && hasDrafts && doc._status !== 'published') throw badRequest(lineT(req, 'errorUnpublished'), 'document')
  return { collection: source.slug, doc, fields: source.fields }
}

/** Loads the source document once and builds the messages exactly as they will be sent (before transforms). */
export const composeFromSource = async (payload: Payload, options: ResolvedLineOptions, input: ComposeInput, req?: PayloadRequest) => {
  const source = await loadSource(payload, options, input, req)
  const config = options.collections.find((c) => c.slug === source.collection)!
  const serverURL = linePublicOrigin(payload)
  const built = buildDeliveryMessages({
    altText: typeof input.altText === 'string' ? input.altText : undefined,
    doc: source.doc,
    extraText: typeof input.extraText === 'string' ? input.extraText : undefined,
    fields: source.fields,
    req,
    serverURL,
    style: options,
    url: config.url?.(source.doc, { serverURL }),
  })
  return { ...built, problems: validateMessages(built.messages, req), source, title: plainText(source.doc[source.fields.title]) }
}
