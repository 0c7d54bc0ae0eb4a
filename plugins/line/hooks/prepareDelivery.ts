import type { CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import { APIError } from 'payload'

import { lineClientConfig } from '../clientConfig'
import { LINE_USER_ID_PATTERN, SLUGS } from '../constants'
import { serverURLOf } from '../runtime'
import type { ResolvedLineOptions } from '../types'
import { newAggregationUnit } from '../utilities/aggregationUnit'
import { buildDeliveryMessages } from '../utilities/buildDeliveryMessages'
import { plainText } from '../utilities/plainText'
import { validateMessages } from '../utilities/validateMessages'

const bad = (message: string) => new APIError(message, 400, undefined, true)

/** Loads the source document and builds the messages exactly as they will be sent. */
export const composeFromSource = async (
  payload: Payload,
  options: ResolvedLineOptions,
  input: { altText?: unknown; collection?: unknown; document?: unknown; extraText?: unknown; mode?: unknown },
  req?: PayloadRequest,
) => {
  const source = options.collections.find((c) => c.slug === input.collection)
  if (!source) {
    throw bad(`collection は ${options.collections.map((c) => c.slug).join(', ') || '(なし)'} のいずれかを指定してください`)
  }
  if (!payload.collections[source.slug]) throw bad(`collection ${source.slug} はこのサイトにありません`)
  const documentId = typeof input.document === 'number' || typeof input.document === 'string' ? input.document : ''
  if (documentId === '') throw bad('document（配信する文書の ID）を指定してください')
  // Residents only ever get what is published; a test send or a preview shows the latest draft,
  // so editors can check the message on their own phone before they publish.
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
  if (!doc) throw bad(`${source.slug} に ID ${String(documentId)} の文書がありません`)
  if (live && hasDrafts && doc._status !== 'published') {
    throw bad('公開されていない文書は本配信できません。先に公開してください（テスト送信はできます）')
  }
  const serverURL = serverURLOf(payload, options)
  const built = buildDeliveryMessages({
    altText: typeof input.altText === 'string' ? input.altText : undefined,
    doc,
    extraText: typeof input.extraText === 'string' ? input.extraText : undefined,
    fields: source.fields,
    serverURL,
    url: source.url?.(doc, { serverURL }),
  })
  return { ...built, doc, problems: validateMessages(built.messages), title: plainText(doc[source.fields.title]) }
}

type MessageTransform = (args: {
  delivery: Record<string, unknown>
  messages: unknown[]
  payload: Payload
  req: PayloadRequest
}) => Promise<unknown[]>

/**
 * Other plugins rewrite a delivery's messages before they are frozen (click analytics puts
 * tracked links in place of URLs) through `config.custom.lineMessageTransforms`.
 */
const applyMessageTransforms = async (req: PayloadRequest, delivery: Record<string, unknown>, messages: unknown[]) => {
  let result = messages
  for (const transform of (req.payload.config.custom?.lineMessageTransforms ?? []) as MessageTransform[]) {
    result = await transform({ delivery, messages: result, payload: req.payload, req })
  }
  return result
}

/**
 * A new delivery: checks the request, builds and validates its messages from the source
 * document, and fills the bookkeeping fields. Anything wrong is a 400 naming the problem,
 * before a row exists.
 */
export const prepareDelivery =
  (options: ResolvedLineOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'create') return { ...data, ...frozenFieldsOf(originalDoc) }
    if (data.mode !== 'test' && data.mode !== 'live') throw bad('mode は "test" か "live" です')
    const segments = Array.isArray(data.segments) ? data.segments : []
    if (data.mode === 'live' && segments.length === 0) throw bad('本配信には segments（セグメント）を1つ以上指定してください')
    if (data.mode === 'test') {
      const user = req.user
        ? ((await req.payload.findByID({ collection: 'users', depth: 0, id: req.user.id, overrideAccess: true, req })) as {
            lineUserIds?: null | string[]
          })
        : null
      const ids = (user?.lineUserIds ?? []).filter((id) => LINE_USER_ID_PATTERN.test(id))
      if (ids.length === 0) {
        throw bad('テスト配信先の LINE ユーザーIDが登録されていません（アカウント設定の「テスト配信先 LINE ユーザーID」）')
      }
    }
    if (data.scheduledAt && Number.isNaN(Date.parse(String(data.scheduledAt)))) throw bad('scheduledAt が日時ではありません')
    const composed = await composeFromSource(req.payload, options, data, req)
    if (composed.problems.length) {
      throw bad(`LINE の制限を超えています: ${composed.problems.map((p) => `${p.path} ${p.message}`).join(' / ')}`)
    }
    const aggregationUnit = newAggregationUnit()
    const messages = await applyMessageTransforms(req, { ...data, aggregationUnit }, composed.messages)
    const rewrittenProblems = validateMessages(messages)
    if (rewrittenProblems.length) {
      throw bad(`LINE の制限を超えています: ${rewrittenProblems.map((p) => `${p.path} ${p.message}`).join(' / ')}`)
    }
    return {
      ...data,
      aggregationUnit,
      claimedBy: null,
      claimedUntil: null,
      documentTitle: composed.title,
      failed: 0,
      frozenAt: null,
      lastError: null,
      messageWarnings: composed.warnings,
      messages,
      requestedBy: req.user?.id ?? null,
      sandbox: lineClientConfig().sandbox,
      segments: data.mode === 'test' ? [] : segments,
      sent: 0,
      status: 'scheduled',
      total: 0,
    }
  }

/** What a delivery was created with never changes: the record says what was sent. */
const FROZEN = ['collection', 'document', 'segments', 'mode', 'messages', 'altText', 'extraText', 'aggregationUnit', 'requestedBy']
const frozenFieldsOf = (doc: Record<string, unknown> | undefined) =>
  Object.fromEntries(FROZEN.filter((k) => doc && k in doc).map((k) => [k, doc![k]]))

export const deleteBatchesOf = async (payload: Payload, id: number | string, req?: PayloadRequest) => {
  await payload.db.deleteMany({ collection: SLUGS.batches, req, where: { delivery: { equals: id } } })
}
