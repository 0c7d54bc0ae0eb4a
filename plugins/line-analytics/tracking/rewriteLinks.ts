/**
 * Link rewriting for click tracking. LINE messages are plain JSON: every place a resident can
 * open a web page is a `uri` action (flex components anywhere in bubbles and carousels,
 * template buttons, quick replies, rich menu–style actions), an imagemap `uri` action
 * (`linkUri`), or a URL typed in a text message (LINE makes it tappable).
 */

export type LinkFor = (url: string) => string | undefined

const WEB = /^https?:\/\//i

/** URLs in free text, without the punctuation that usually follows a URL in a sentence. */
const TEXT_URL = /https?:\/\/[A-Za-z0-9\-._~:/?#[\]@!$&'*+,;=%]+/g
const TRAILING = /[.,;:!?'\]]+$/

const urlsInText = (text: string): { end: number; start: number; url: string }[] => {
  const found: { end: number; start: number; url: string }[] = []
  for (const match of text.matchAll(TEXT_URL)) {
    const url = match[0].replace(TRAILING, '')
    if (url.length > 'https://'.length) found.push({ end: match.index! + url.length, start: match.index!, url })
  }
  return found
}

type Emoji = { index: number; [key: string]: unknown }

/**
 * Replaces URLs in a text message. LINE emojis point at `$` characters by index, so their
 * indexes move with the length of what was replaced before them.
 */
const rewriteText = (message: Record<string, unknown>, linkFor: LinkFor): Record<string, unknown> => {
  const text = message.text
  if (typeof text !== 'string') return message
  let out = ''
  let last = 0
  const shifts: { at: number; delta: number }[] = []
  for (const { end, start, url } of urlsInText(text)) {
    const tracked = linkFor(url)
    if (!tracked) continue
    out += text.slice(last, start) + tracked
    shifts.push({ at: start, delta: tracked.length - url.length })
    last = end
  }
  if (shifts.length === 0) return message
  out += text.slice(last)
  const next: Record<string, unknown> = { ...message, text: out }
  if (Array.isArray(message.emojis)) {
    next.emojis = (message.emojis as Emoji[]).map((emoji) => {
      const delta = shifts.filter((s) => s.at < emoji.index).reduce((sum, s) => sum + s.delta, 0)
      return delta ? { ...emoji, index: emoji.index + delta } : emoji
    })
  }
  return next
}

const rewriteNode = (node: unknown, linkFor: LinkFor): unknown => {
  if (Array.isArray(node)) return node.map((item) => rewriteNode(item, linkFor))
  if (typeof node !== 'object' || node === null) return node
  const record = node as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(record)) out[key] = rewriteNode(value, linkFor)
  if (record.type === 'uri') {
    for (const key of ['uri', 'linkUri'] as const) {
      const value = record[key]
      if (typeof value === 'string' && WEB.test(value)) out[key] = linkFor(value) ?? value
    }
    const alt = record.altUri as { desktop?: unknown } | undefined
    if (alt && typeof alt.desktop === 'string' && WEB.test(alt.desktop)) {
      out.altUri = { ...alt, desktop: linkFor(alt.desktop) ?? alt.desktop }
    }
  }
  return out
}

/** Every distinct web URL a resident can open in the messages, in order of appearance. */
export const collectMessageLinks = <M>(messages: M[]): string[] => {
  const seen = new Set<string>()
  rewriteMessageLinks(messages, (url) => {
    seen.add(url)
    return undefined
  })
  return [...seen]
}

/**
 * A copy of `messages` with every web URL (http/https: `uri` actions at any depth, imagemap
 * `linkUri`, `altUri.desktop`, URLs in text messages) replaced by `codeFor(url)`, the tracked
 * link of that URL; when it returns undefined the URL is kept. Images, icons and other media
 * URLs are not links and stay as they are; `tel:` and `line:` links too.
 */
export const rewriteMessageLinks = <M>(messages: M[], codeFor: LinkFor): M[] =>
  messages.map((message) => {
    const rewritten = rewriteNode(message, codeFor) as Record<string, unknown>
    if (rewritten.type === 'text' || rewritten.type === 'textV2') return rewriteText(rewritten, codeFor) as M
    return rewritten as M
  })
