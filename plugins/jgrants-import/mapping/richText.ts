import type { SerializedLexicalNode } from '@payloadcms/richtext-lexical/lexical'

import { buildEditorState } from '@payloadcms/richtext-lexical'

type Node = SerializedLexicalNode & Record<string, unknown>

const text = (value: string): Node => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })

const element = (type: string, children: Node[], extra: Record<string, unknown> = {}): Node => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const paragraph = (value: string) => element('paragraph', [text(value)], { textFormat: 0, textStyle: '' })

const blockOf = (chunk: string): Node => {
  if (chunk.startsWith('## ')) return element('heading', [text(chunk.slice(3).trim())], { tag: 'h3' })
  const lines = chunk.split('\n').map((line) => line.trim())
  if (!lines.every((line) => line.startsWith('- '))) return paragraph(lines.join(' '))
  const items = lines.map((line, i) => element('listitem', [text(line.slice(2).trim())], { value: i + 1 }))
  return element('list', items, { listType: 'bullet', start: 1, tag: 'ul' })
}

/**
 * Lexical editor state from plain text, as the import writes a programme's details:
 * blank-line separated blocks become paragraphs, `## ` lines headings and `- ` lines bullet lists.
 */
export const lexicalFromText = (source: string | string[]) => {
  const blocks = (Array.isArray(source) ? source.join('\n\n') : source)
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
  return buildEditorState<Node>({ nodes: blocks.length ? blocks.map(blockOf) : [paragraph('')] })
}
