import type { DefaultNodeTypes } from '@payloadcms/richtext-lexical'

import { buildEditorState } from '@payloadcms/richtext-lexical'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type EditorState = Parameters<typeof convertLexicalToPlaintext>[0]['data']

/** A rich-text value from plain text, one paragraph per line, blank lines dropped (seed data, API clients). */
export const textToLexical = (text: string) =>
  buildEditorState<DefaultNodeTypes>({
    nodes: text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => buildEditorState<DefaultNodeTypes>({ text: line }).root.children[0]),
  })

/**
 * The words of a rich-text value (what the admin list searches, what tells a real edit from a
 * re-serialised body). Collection hooks see the input before Payload validates it, so anything
 * that is not an editor state reads as no text rather than failing the request.
 */
export const plainTextOf = (value: unknown): string => {
  const root = (value as { root?: { children?: unknown } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return ''
  try {
    return convertLexicalToPlaintext({ data: value as EditorState }).trim()
  } catch {
    return ''
  }
}
