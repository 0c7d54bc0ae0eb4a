import type { messagingApi } from '@line/bot-sdk'
import type { Payload } from 'payload'

import { compareAndSet, Refusal } from '@akita-dx/plugin-core'

import { createBlobClient, createMessagingClient, lineClientConfig } from '../client/config'
import { classifyCallError } from '../client/callOutcome'
import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import { ruleWhere, type SegmentRule } from '../segments/rule'
import { findImage, imageBytes } from './image'
import { linkResidents, publishedSegmentMenus, type RichMenuClient } from './links'
import { areaErrors, imageErrors, richMenuRequest, type RichMenuDoc, type RuleError } from './rules'

export type RichMenuClients = { blob: Pick<messagingApi.MessagingApiBlobClient, 'setRichMenuImage'>; client: RichMenuClient }

const clients = (): RichMenuClients => {
  const config = lineClientConfig()
  return { blob: createBlobClient(config), client: createMessagingClient(config) }
}

/** What makes a menu unpublishable, every problem at once (a 400 names them all). */
export class RichMenuInvalid extends Error {
  constructor(readonly errors: RuleError[]) {
    super(errors.map((e) => e.message).join(' '))
  }
}

/** One publish or withdrawal of a menu at a time, across processes; a claim older than this is stale. */
const CLAIM_MS = 120_000

type MenuRow = RichMenuDoc & {
  id: number | string
  image?: unknown
  lineRichMenuId?: null | string
  segment?: null | (SegmentRule & { id: number | string })
  status?: string
  target?: 'default' | 'segment'
}

const claim = async (payload: Payload, id: number | string) => {
  const stale = new Date(Date.now() - CLAIM_MS).toISOString()
  const guard = { or: [{ publishingAt: { exists: false } }, { publishingAt: { equals: null } }, { publishingAt: { less_than: stale } }] }
  if (!(await compareAndSet(payload, SLUGS.richMenus, id, guard, { publishingAt: new Date().toISOString() }))) {
    throw new Refusal(409, 'このリッチメニューは公開の処理中です。しばらくしてから画面を読み込み直してください。')
  }
}

const save = (payload: Payload, id: number | string, data: Record<string, unknown>) =>
  payload.update({
    collection: SLUGS.richMenus,
    context: { richMenuState: true },
    data: { ...data, publishingAt: null },
    id,
    overrideAccess: true,
  })

const remove = async (client: RichMenuClient, richMenuId: null | string | undefined) => {
  if (!richMenuId) return
  try {
    await client.deleteRichMenu(richMenuId)
  } catch (error) {
    // Already gone on LINE (deleted in the console, or by an earlier try): nothing left to delete.
    if ((error as { status?: number }).status !== 404) throw error
  }
}

const load = async (payload: Payload, id: number | string) =>
  (await payload.findByID({ collection: SLUGS.richMenus, depth: 1, id, overrideAccess: true })) as unknown as MenuRow

/** The default menu's predecessor (another document) stops being published: LINE has one default. */
const retireOtherDefaults = async (payload: Payload, client: RichMenuClient, id: number | string) => {
  const others = await payload.find({
    collection: SLUGS.richMenus,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    where: { and: [{ id: { not_equals: id } }, { target: { equals: 'default' } }, { lineRichMenuId: { exists: true } }] },
  })
  for (const other of others.docs as unknown as MenuRow[]) {
    await remove(client, other.lineRichMenuId)
    await save(payload, other.id, { lineRichMenuId: null, linkedCount: null, status: 'draft' })
  }
}

const create = async (payload: Payload, row: MenuRow, { blob, client }: RichMenuClients) => {
  const media = lineOptionsOf(payload).richMenus!.media
  const image = await findImage(payload, media, row.image)
  // Areas are measured against the image: against one LINE refuses they would only repeat its problem.
  const wrongImage = imageErrors(image)
  const errors = wrongImage.length ? wrongImage : areaErrors(row.areas ?? [], image)
  if (row.target === 'segment' && !row.segment) errors.push({ message: '対象のセグメントを選んでください。', path: 'segment' })
  if (errors.length) throw new RichMenuInvalid(errors)
  const { richMenuId } = await client.createRichMenu(richMenuRequest(row, { height: image!.height!, width: image!.width! }))
  try {
    const bytes = await imageBytes(payload, media, image!)
    await blob.setRichMenuImage(richMenuId, new Blob([new Uint8Array(bytes)], { type: image!.mimeType! }))
  } catch (error) {
    await remove(client, richMenuId).catch(() => undefined)
    throw error
  }
  return richMenuId
}

/** LINE's refusal of a call, kept on the document and answered as a 502 naming it. */
const failed = async (payload: Payload, id: number | string, error: unknown): Promise<never> => {
  if (error instanceof RichMenuInvalid || error instanceof Refusal) {
    await save(payload, id, {})
    throw error
  }
  const outcome = classifyCallError(error)
  const message = `LINE への公開に失敗しました: ${'message' in outcome ? outcome.message : String(error)}`
  await save(payload, id, { lastError: message.slice(0, 500) })
  throw new Refusal(502, message)
}

/**
 * Publishes a menu on LINE: creates it with its image, then makes it the default, or links the
 * residents of its segment (those a higher-priority menu claims keep theirs); the menu it
 * replaces is deleted last, so nobody is left without a menu in between.
 */
export const publishRichMenu = async (payload: Payload, id: number | string, deps: RichMenuClients = clients()) => {
  await claim(payload, id)
  const row = await load(payload, id)
  try {
    const richMenuId = await create(payload, row, deps)
    let linked: null | number = null
    if (row.target === 'default') {
      await deps.client.setDefaultRichMenu(richMenuId)
      await retireOtherDefaults(payload, deps.client, id)
    }
    await save(payload, id, { lastError: null, lineRichMenuId: richMenuId, publishedAt: new Date().toISOString(), status: 'published' })
    if (row.target === 'segment' && row.segment) {
      const menus = await publishedSegmentMenus(payload, SLUGS.richMenus)
      linked = (await linkResidents(payload, deps.client, menus, ruleWhere(row.segment))).get(richMenuId) ?? 0
      await save(payload, id, { linkedCount: linked })
    }
    if (row.lineRichMenuId && row.lineRichMenuId !== richMenuId) await remove(deps.client, row.lineRichMenuId)
    return { lineRichMenuId: richMenuId, linked }
  } catch (error) {
    return failed(payload, id, error)
  }
}

/** Takes a menu off LINE; the residents it reached get the next menu that fits them, or the default. */
export const withdrawRichMenu = async (payload: Payload, id: number | string, deps: RichMenuClients = clients()) => {
  await claim(payload, id)
  const row = await load(payload, id)
  try {
    await remove(deps.client, row.lineRichMenuId)
    await save(payload, id, { lastError: null, lineRichMenuId: null, linkedCount: null, status: 'draft' })
    if (row.target === 'segment' && row.segment && row.lineRichMenuId) {
      const menus = await publishedSegmentMenus(payload, SLUGS.richMenus)
      await linkResidents(payload, deps.client, menus, ruleWhere(row.segment))
    }
    return { withdrawn: Boolean(row.lineRichMenuId) }
  } catch (error) {
    return failed(payload, id, error)
  }
}
