import type { PayloadRequest } from 'payload'

import { LINE_LIMITS } from '../constants'
import { type LineTranslationKey, lineT } from '../translations'
import { isLinkScheme } from './linkScheme'

export type MessageProblem = { message: string; path: string }

type Report = (path: string, key: LineTranslationKey, vars?: Record<string, unknown>) => void

const chars = (s: string) => Array.from(s).length
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8')

/** URI actions (length, scheme, label) and images (https only) anywhere in a bubble. */
const checkNodes = (node: unknown, path: string, report: Report): void => {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkNodes(child, `${path}[${i}]`, report))
    return
  }
  const n = node as Record<string, unknown>
  if (n.type === 'uri' && typeof n.uri === 'string') {
    if (n.uri.length > LINE_LIMITS.uri) report(`${path}.uri`, 'limitUri', { max: LINE_LIMITS.uri })
    if (!isLinkScheme(n.uri)) report(`${path}.uri`, 'limitUriScheme')
    if (typeof n.label === 'string' && chars(n.label) > LINE_LIMITS.buttonLabel)
      report(`${path}.label`, 'limitButtonLabel', { max: LINE_LIMITS.buttonLabel })
  }
  if (n.type === 'image' && typeof n.url === 'string' && !n.url.startsWith('https://')) report(`${path}.url`, 'limitImageHttps')
  for (const [key, value] of Object.entries(n)) if (value && typeof value === 'object') checkNodes(value, `${path}.${key}`, report)
}

const checkText = (message: Record<string, unknown>, path: string, report: Report) => {
  const text = typeof message.text === 'string' ? message.text : ''
  if (!text.trim()) report(`${path}.text`, 'limitTextEmpty')
  if (chars(text) > LINE_LIMITS.text) report(`${path}.text`, 'limitText', { length: chars(text), max: LINE_LIMITS.text })
}

const checkFlex = (message: Record<string, unknown>, path: string, report: Report) => {
  const alt = typeof message.altText === 'string' ? message.altText : ''
  if (!alt.trim()) report(`${path}.altText`, 'limitAltTextEmpty')
  if (chars(alt) > LINE_LIMITS.altText) report(`${path}.altText`, 'limitAltText', { length: chars(alt), max: LINE_LIMITS.altText })
  const contents = message.contents as { contents?: unknown[]; type?: string } | undefined
  if (contents?.type === 'bubble') {
    const size = bytes(contents)
    if (size > LINE_LIMITS.bubbleBytes) report(`${path}.contents`, 'limitBubble', { size: Math.ceil(size / 1024) })
  } else if (contents?.type === 'carousel') {
    if ((contents.contents?.length ?? 0) > LINE_LIMITS.carouselBubbles)
      report(`${path}.contents`, 'limitCarouselBubbles', { max: LINE_LIMITS.carouselBubbles })
    if (bytes(contents) > LINE_LIMITS.carouselBytes) report(`${path}.contents`, 'limitCarouselBytes')
  } else {
    report(`${path}.contents`, 'limitFlexContents')
  }
  checkNodes(contents, `${path}.contents`, report)
}

/**
 * Checks messages against LINE's limits before anything is sent: 1–5 messages, text ≤ 5,000
 * characters, alt text ≤ 1,500, a bubble ≤ 30 KB (a carousel ≤ 12 bubbles and 50 KB), valid
 * link and image URLs. An empty list means LINE will accept them. Messages are in the
 * request's admin language.
 */
export const validateMessages = (messages: unknown, req?: Pick<PayloadRequest, 't'>): MessageProblem[] => {
  const problems: MessageProblem[] = []
  const report: Report = (path, key, vars) => problems.push({ message: lineT(req, key, vars), path })
  if (!Array.isArray(messages) || messages.length === 0) {
    report('messages', 'limitNoMessages')
    return problems
  }
  if (messages.length > LINE_LIMITS.messagesPerRequest) report('messages', 'limitMessages', { max: LINE_LIMITS.messagesPerRequest })
  messages.forEach((message: Record<string, unknown>, i) => {
    const path = `messages[${i}]`
    if (message?.type === 'text') checkText(message, path, report)
    else if (message?.type === 'flex') checkFlex(message, path, report)
    else report(`${path}.type`, 'limitMessageType', { type: String(message?.type) })
  })
  return problems
}
