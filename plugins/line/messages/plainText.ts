import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

/** Plain text of a text field or of a Lexical rich-text value, one line per paragraph. */
export const plainText = (value: unknown): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value !== 'object') return String(value)
  if (!('root' in value)) return ''
  // Payload's converter separates blocks with a blank line; a LINE bubble reads better without.
  return convertLexicalToPlaintext({ data: value as never })
    .replace(/\n{2,}/g, '\n')
    .trim()
}

/** Cuts a string to `max` characters (by code point), marking the cut with「…」. */
export const truncate = (text: string, max: number): string => {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}
