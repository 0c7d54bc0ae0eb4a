import { idOf } from '@akita-dx/plugin-core/shared'

/** Longest text an entry keeps of one value: enough to see what changed, not a copy of the document. */
export const MAX_VALUE_LENGTH = 300

type LexicalNode = { children?: LexicalNode[]; text?: string; type?: string }

const BLOCK_TYPES = new Set(['heading', 'listitem', 'paragraph', 'quote'])

/** The words of a Lexical rich text, paragraphs joined by line breaks. */
export const plainText = (node: LexicalNode | undefined): string => {
  if (!node || typeof node !== 'object') return ''
  if (typeof node.text === 'string') return node.text
  const inner = (node.children ?? []).map(plainText)
  return BLOCK_TYPES.has(String(node.type)) ? `${inner.join('')}\n` : inner.join('')
}

const isRichText = (value: unknown): value is { root: LexicalNode } =>
  Boolean(value && typeof value === 'object' && 'root' in value && typeof (value as { root: unknown }).root === 'object')

// PostgreSQL cannot store NUL in text or JSON.
const clean = (text: string) => text.replaceAll('\u0000', '')

const clip = (text: string) => (text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH)}…` : text)

/** A relationship or upload as its id (populated or not); lists of them as lists of ids. */
const asReference = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(asReference)
  if (value && typeof value === 'object' && 'relationTo' in value && 'value' in value) {
    const { relationTo, value: inner } = value as { relationTo: unknown; value: unknown }
    return { relationTo, value: idOf(inner as never) }
  }
  return value && typeof value === 'object' && 'id' in value ? idOf(value as never) : value
}

type SchemaField = {
  blocks?: { fields?: SchemaField[]; flattenedFields?: SchemaField[]; slug: string }[]
  flattenedFields?: SchemaField[]
  name?: string
  type: string
}

const rowOf = (fields: SchemaField[] | undefined, row: unknown): unknown => {
  if (!row || typeof row !== 'object' || !fields) return row ?? null
  const out: Record<string, unknown> = { ...(row as Record<string, unknown>) }
  for (const field of fields) if (field.name && field.name in out) out[field.name] = comparable(field, out[field.name])
  return out
}

/**
 * What a value is compared as, walked by its field's schema: references by id wherever they sit
 * (a response populates them to the request's depth, the stored version holds ids), the rest as stored.
 */
export const comparable = (field: SchemaField, value: unknown): unknown => {
  if (value === null || value === undefined) return null
  switch (field.type) {
    case 'relationship':
    case 'upload':
      return asReference(value)
    case 'group':
    case 'tab':
      return rowOf(field.flattenedFields, value)
    case 'array':
      return Array.isArray(value) ? value.map((row) => rowOf(field.flattenedFields, row)) : value
    case 'blocks':
      return Array.isArray(value)
        ? value.map((row) => {
            const block = field.blocks?.find((b) => b.slug === (row as { blockType?: string })?.blockType)
            return rowOf(block?.flattenedFields ?? block?.fields, row)
          })
        : value
    default:
      return value
  }
}

/** How a value is kept in an entry: rich text as its words, long text and structures clipped. */
export const shownValue = (value: unknown): unknown => {
  if (value === null || value === undefined) return null
  if (isRichText(value)) return clip(clean(plainText(value.root).trim()))
  if (typeof value === 'string') return clip(clean(value))
  if (typeof value === 'object') {
    const json = clean(JSON.stringify(value))
    return json.length > MAX_VALUE_LENGTH ? clip(json) : JSON.parse(json)
  }
  return value
}
