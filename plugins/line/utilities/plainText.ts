/** Plain text of a text field or of a Lexical rich-text value (paragraphs on their own lines). */
export const plainText = (value: unknown): string => {
  if (value == null) return ''
  if (typeof value === 'string') return value.trim()
  if (typeof value !== 'object') return String(value)
  const lines: string[] = []
  const walk = (node: unknown, line: string[]): void => {
    if (!node || typeof node !== 'object') return
    const n = node as { children?: unknown[]; text?: unknown; type?: string }
    if (typeof n.text === 'string') line.push(n.text)
    if (Array.isArray(n.children)) {
      const block = n.type === 'paragraph' || n.type === 'heading' || n.type === 'listitem' || n.type === 'quote'
      const inner: string[] = block ? [] : line
      for (const child of n.children) walk(child, inner)
      if (block && inner.length) lines.push(inner.join(''))
    }
  }
  const root = (value as { root?: unknown }).root ?? value
  const rest: string[] = []
  walk(root, rest)
  if (rest.length) lines.push(rest.join(''))
  return lines.join('\n').trim()
}

/** Cuts a string to `max` characters (by code point), marking the cut with「…」. */
export const truncate = (text: string, max: number): string => {
  const chars = Array.from(text)
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`
}
