/**
 * Just enough of Lexical's serialized format to turn plain text into a rich-text value (seed
 * data, tests, API clients) and back into plain text (the search fields of the admin list).
 */
export type LexicalNode = {
  [key: string]: unknown
  children?: LexicalNode[]
  text?: string
  type: string
}

export type LexicalState = { root: LexicalNode & { type: 'root' } }

const textNode = (text: string): LexicalNode => ({
  detail: 0,
  format: 0,
  mode: 'normal',
  style: '',
  text,
  type: 'text',
  version: 1,
})

const paragraph = (text: string): LexicalNode => ({
  children: text ? [textNode(text)] : [],
  direction: 'ltr',
  format: '',
  indent: 0,
  textFormat: 0,
  textStyle: '',
  type: 'paragraph',
  version: 1,
})

/** One paragraph per line; blank lines are dropped. */
export const textToLexical = (text: string): LexicalState => ({
  root: {
    children: text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean)
      .map(paragraph),
    direction: 'ltr',
    format: '',
    indent: 0,
    type: 'root',
    version: 1,
  },
})

const BLOCK_TYPES = new Set(['heading', 'list', 'listitem', 'paragraph', 'quote'])

/** Text of every node, blocks separated by new lines; tolerant of nodes it does not know. */
export const lexicalToPlainText = (value: unknown): string => {
  const root = (value as LexicalState | null | undefined)?.root
  if (!root || typeof root !== 'object') return ''
  const blocks: string[] = []
  const walk = (node: LexicalNode, into: string[]) => {
    if (typeof node.text === 'string') into.push(node.text)
    if (node.type === 'linebreak') into.push('\n')
    for (const child of node.children ?? []) {
      if (BLOCK_TYPES.has(child.type)) {
        const inner: string[] = []
        walk(child, inner)
        const joined = inner.join('').trim()
        if (joined) blocks.push(joined)
      } else {
        walk(child, into)
      }
    }
  }
  const loose: string[] = []
  walk(root, loose)
  if (loose.join('').trim()) blocks.push(loose.join('').trim())
  return blocks.join('\n')
}
