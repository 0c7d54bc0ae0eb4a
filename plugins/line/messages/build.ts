import type { messagingApi } from '@line/bot-sdk'
import type { PayloadRequest } from 'payload'

import { LINE_LIMITS } from '../constants'
import { sourcePart } from '../defaults'
import { labelOf } from '../residents/options'
import type { ResolvedResidentAttributes, SourceFieldMap } from '../types'
import { lineT } from '../translations'
import { isLinkScheme } from './linkScheme'
import { plainText, truncate } from './plainText'

export type LineMessage = messagingApi.Message

/** How messages look: the account's name and colour, and the residents' vocabulary for labels. */
export type MessageStyle = { accentColor: string; accountName?: string; residents: ResolvedResidentAttributes }

export type BuildInput = {
  /** Overrides the generated alt text (what notifications and old clients show). */
  altText?: null | string
  /** The source document, with uploads populated (depth ≥ 1) so the hero image has its URL. */
  doc: Record<string, unknown>
  /** Sent as a second, plain text message when given. */
  extraText?: null | string
  fields: SourceFieldMap
  /** For the editor's warnings, in their admin language. */
  req?: Pick<PayloadRequest, 't'>
  /** Absolute origin for relative upload URLs. */
  serverURL: string
  style: MessageStyle
  /** The document's public page, shown as the first button. */
  url?: string
}

export type BuildResult = {
  messages: LineMessage[]
  /** Things left out of the message (an editor should know, but sending may go on). */
  warnings: string[]
}

const SUMMARY_MAX = 400

const absoluteUrl = (value: unknown, serverURL: string): string | undefined => {
  const raw =
    typeof value === 'string'
      ? value
      : value && typeof value === 'object'
        ? // The upload's LINE-sized copy (1040 px, 20:13) when the media collection makes one.
          ((value as { sizes?: Record<string, { url?: null | string } | undefined> }).sizes?.lineHero?.url ??
          (value as { sizes?: Record<string, { url?: null | string } | undefined> }).sizes?.card?.url ??
          (value as { url?: string }).url)
        : undefined
  if (!raw) return undefined
  try {
    return new URL(raw, serverURL).toString()
  } catch {
    return undefined
  }
}

/** Buttons from the document's links (and its public page first), within LINE's limits. */
const buttons = (input: BuildInput, warnings: string[]) => {
  const links = sourcePart(input.doc, input.fields.links)
  const list: { label: string; uri: string }[] = []
  if (input.url) list.push({ label: '詳しく見る', uri: input.url })
  if (Array.isArray(links)) {
    for (const link of links as { label?: unknown; url?: unknown }[]) {
      const uri = typeof link?.url === 'string' ? link.url.trim() : ''
      if (!uri) continue
      if (!isLinkScheme(uri) || uri.length > LINE_LIMITS.uri) {
        warnings.push(lineT(input.req, 'warnLinkDropped', { label: String(link.label ?? uri) }))
        continue
      }
      const label = truncate(plainText(link.label) || 'リンク', LINE_LIMITS.buttonLabel)
      list.push({ label, uri })
    }
  }
  if (list.length > 3) warnings.push(lineT(input.req, 'warnLinksCut', { count: list.length }))
  return list.slice(0, 3).map((b, i) => ({
    action: { label: b.label, type: 'uri', uri: b.uri },
    color: i === 0 ? input.style.accentColor : undefined,
    height: 'sm',
    style: i === 0 ? 'primary' : 'link',
    type: 'button',
  }))
}

/**
 * The LINE messages of a delivery, generated from a source document: one Flex bubble (hero
 * image, category, title, summary, target municipalities, link buttons) and an optional text.
 * The admin preview renders exactly this JSON, and it is what the multicast calls send (after
 * the transforms other plugins add, see transforms.ts).
 */
export const buildDeliveryMessages = (input: BuildInput): BuildResult => {
  const { doc, fields, style } = input
  const warnings: string[] = []
  const title = plainText(doc[fields.title]) || '(無題)'
  const bubble: Record<string, unknown> = {
    body: { contents: bodyContents(input, title), layout: 'vertical', spacing: 'md', type: 'box' },
    type: 'bubble',
  }
  const hero = absoluteUrl(sourcePart(doc, fields.heroImage), input.serverURL)
  if (hero && hero.startsWith('https://')) {
    bubble.hero = { aspectMode: 'cover', aspectRatio: '20:13', size: 'full', type: 'image', url: hero }
  } else if (hero) {
    warnings.push(lineT(input.req, 'warnHeroNotHttps'))
  }
  const footer = buttons(input, warnings)
  if (footer.length) bubble.footer = { contents: footer, layout: 'vertical', spacing: 'sm', type: 'box' }

  const prefix = style.accountName ? `【${style.accountName}】` : ''
  const altText = truncate(plainText(input.altText) || `${prefix}${title}`, LINE_LIMITS.altText)
  const messages = [{ altText, contents: bubble, type: 'flex' } as unknown as LineMessage]
  const extra = plainText(input.extraText)
  if (extra) messages.push({ text: extra, type: 'text' })
  return { messages, warnings }
}

/** Category, title, summary and target municipalities (unless it is all of them). */
const bodyContents = ({ doc, fields, style }: BuildInput, title: string): Record<string, unknown>[] => {
  const summary = truncate(plainText(doc[fields.summary]), SUMMARY_MAX)
  const topic = labelOf(style.residents.interests, sourcePart(doc, fields.category))
  const targets = sourcePart(doc, fields.municipalities)
  const codes = Array.isArray(targets) ? (targets as string[]) : []
  const all = style.residents.municipalities
  const places = all.filter((m) => codes.includes(m.value)).map((m) => m.label)
  const body: Record<string, unknown>[] = []
  if (topic) body.push({ color: style.accentColor, size: 'xs', text: topic, type: 'text', weight: 'bold' })
  body.push({ size: 'lg', text: title, type: 'text', weight: 'bold', wrap: true })
  if (summary) body.push({ color: '#555555', size: 'sm', text: summary, type: 'text', wrap: true })
  if (places.length > 0 && places.length < all.length) {
    body.push({ color: '#888888', size: 'xs', text: `対象地域: ${places.join('・')}`, type: 'text', wrap: true })
  }
  return body
}
