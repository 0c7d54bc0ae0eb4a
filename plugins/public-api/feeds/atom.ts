/** An Atom 1.0 document (RFC 4287) of plain-text entries. */

export type AtomCategory = { label: string; scheme: string; term: string }

export type AtomEntry = {
  author: null | string
  categories: AtomCategory[]
  /** A permanent, unique IRI: readers tell new entries from seen ones by it. */
  id: string
  link: string
  published: string
  summary: null | string
  title: string
  updated: string
}

export type AtomFeed = {
  alternate: string
  /** Required of the feed unless every entry has its own; entries without one inherit it. */
  author: string
  entries: AtomEntry[]
  id: string
  self: string
  subtitle: string
  title: string
  updated: string
}

/** XML 1.0 has no escape for most control characters, lone surrogates or U+FFFE/FFFF: one of them would make the feed unreadable. */
const NOT_XML = /(?![\t\n\r])[\p{Cc}\p{Cs}\uFFFE\uFFFF]/gu

const ESCAPES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' }

/** Text safe both as element content and as an attribute value in quotes. */
export const xmlText = (value: string): string => value.replace(NOT_XML, '').replace(/[&<>"']/g, (char) => ESCAPES[char])

const attributes = (attrs: Record<string, string>) =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${xmlText(value)}"`)
    .join('')

const element = (name: string, text: string, attrs: Record<string, string> = {}) =>
  `<${name}${attributes(attrs)}>${xmlText(text)}</${name}>`

const empty = (name: string, attrs: Record<string, string>) => `<${name}${attributes(attrs)}/>`

const author = (name: string) => `<author>${element('name', name)}</author>`

const entryXml = (entry: AtomEntry): string =>
  [
    '  <entry>',
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title, { type: 'text' })}`,
    `    ${element('updated', entry.updated)}`,
    `    ${element('published', entry.published)}`,
    `    ${empty('link', { href: entry.link, rel: 'alternate', type: 'text/html' })}`,
    ...(entry.summary ? [`    ${element('summary', entry.summary, { type: 'text' })}`] : []),
    ...entry.categories.map((category) => `    ${empty('category', category)}`),
    ...(entry.author ? [`    ${author(entry.author)}`] : []),
    '  </entry>',
  ].join('\n')

export const renderAtom = (feed: AtomFeed): string =>
  [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, { type: 'text' })}`,
    `  ${element('subtitle', feed.subtitle, { type: 'text' })}`,
    `  ${element('updated', feed.updated)}`,
    `  ${empty('link', { href: feed.self, rel: 'self', type: 'application/atom+xml' })}`,
    `  ${empty('link', { href: feed.alternate, rel: 'alternate', type: 'text/html' })}`,
    `  ${author(feed.author)}`,
    ...feed.entries.map(entryXml),
    '</feed>',
    '',
  ].join('\n')
