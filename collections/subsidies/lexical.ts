/**
 * Builds Lexical editor state from plain text, for the seed and the jGrants import: blank-line
 * separated blocks become paragraphs, `## ` lines headings and `- ` lines bullet lists.
 */

type LexicalNode = Record<string, unknown>

const text = (value: string): LexicalNode => ({
  type: 'text',
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text: value,
  version: 1,
})

const block = (type: string, children: LexicalNode[], extra: Record<string, unknown> = {}): LexicalNode => ({
  type,
  children,
  direction: 'ltr',
  format: '',
  indent: 0,
  version: 1,
  ...extra,
})

const paragraph = (value: string) => block('paragraph', [text(value)], { textFormat: 0, textStyle: '' })

export type LexicalState = { root: LexicalNode }

export const lexicalFromText = (source: string | string[]): LexicalState => {
  const blocks = (Array.isArray(source) ? source.join('\n\n') : source)
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean)
  const children: LexicalNode[] = blocks.map((chunk) => {
    if (chunk.startsWith('## ')) return block('heading', [text(chunk.slice(3).trim())], { tag: 'h3' })
    const lines = chunk.split('\n').map((l) => l.trim())
    if (lines.every((l) => l.startsWith('- '))) {
      return block(
        'list',
        lines.map((l, i) => block('listitem', [text(l.slice(2).trim())], { value: i + 1 })),
        { listType: 'bullet', start: 1, tag: 'ul' },
      )
    }
    return paragraph(lines.join(' '))
  })
  return { root: block('root', children.length ? children : [paragraph('')]) }
}
