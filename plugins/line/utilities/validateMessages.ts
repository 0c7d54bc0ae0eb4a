import { LINE_LIMITS } from '../constants'

export type MessageProblem = { message: string; path: string }

const chars = (s: string) => Array.from(s).length
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8')

const checkActions = (node: unknown, path: string, problems: MessageProblem[]): void => {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    node.forEach((child, i) => checkActions(child, `${path}[${i}]`, problems))
    return
  }
  const n = node as Record<string, unknown>
  if (n.type === 'uri' && typeof n.uri === 'string') {
    if (n.uri.length > LINE_LIMITS.uri) problems.push({ message: `URI は ${LINE_LIMITS.uri} 文字以内です`, path: `${path}.uri` })
    if (!/^(https?:|line:|tel:)/i.test(n.uri)) problems.push({ message: 'URI は http(s)・line・tel のいずれかです', path: `${path}.uri` })
    if (typeof n.label === 'string' && chars(n.label) > LINE_LIMITS.buttonLabel) {
      problems.push({ message: `ボタンのラベルは ${LINE_LIMITS.buttonLabel} 文字以内です`, path: `${path}.label` })
    }
  }
  if (n.type === 'image' && typeof n.url === 'string' && !n.url.startsWith('https://')) {
    problems.push({ message: '画像の URL は https で始まる必要があります', path: `${path}.url` })
  }
  for (const [key, value] of Object.entries(n)) {
    if (value && typeof value === 'object') checkActions(value, `${path}.${key}`, problems)
  }
}

/**
 * Checks messages against LINE's limits before anything is sent: 1–5 messages, text ≤ 5,000
 * characters, alt text ≤ 1,500, a bubble ≤ 30 KB (a carousel ≤ 12 bubbles and 50 KB), valid
 * link and image URLs. An empty list means LINE will accept them.
 */
export const validateMessages = (messages: unknown): MessageProblem[] => {
  const problems: MessageProblem[] = []
  if (!Array.isArray(messages) || messages.length === 0) {
    return [{ message: 'メッセージが1件もありません', path: 'messages' }]
  }
  if (messages.length > LINE_LIMITS.messagesPerRequest) {
    problems.push({ message: `一度に送れるメッセージは ${LINE_LIMITS.messagesPerRequest} 件までです`, path: 'messages' })
  }
  messages.forEach((message: Record<string, unknown>, i) => {
    const path = `messages[${i}]`
    if (message?.type === 'text') {
      const text = typeof message.text === 'string' ? message.text : ''
      if (!text.trim()) problems.push({ message: 'テキストが空です', path: `${path}.text` })
      if (chars(text) > LINE_LIMITS.text) problems.push({ message: `テキストは ${LINE_LIMITS.text} 文字以内です（${chars(text)} 文字）`, path: `${path}.text` })
    } else if (message?.type === 'flex') {
      const alt = typeof message.altText === 'string' ? message.altText : ''
      if (!alt.trim()) problems.push({ message: '代替テキストが空です', path: `${path}.altText` })
      if (chars(alt) > LINE_LIMITS.altText) problems.push({ message: `代替テキストは ${LINE_LIMITS.altText} 文字以内です（${chars(alt)} 文字）`, path: `${path}.altText` })
      const contents = message.contents as { contents?: unknown[]; type?: string } | undefined
      if (contents?.type === 'bubble') {
        const size = bytes(contents)
        if (size > LINE_LIMITS.bubbleBytes) problems.push({ message: `バブルは 30KB 以内です（${Math.ceil(size / 1024)}KB）`, path: `${path}.contents` })
      } else if (contents?.type === 'carousel') {
        if ((contents.contents?.length ?? 0) > 12) problems.push({ message: 'カルーセルは 12 バブルまでです', path: `${path}.contents` })
        if (bytes(contents) > 50 * 1024) problems.push({ message: 'カルーセルは 50KB 以内です', path: `${path}.contents` })
      } else {
        problems.push({ message: 'Flex の中身は bubble か carousel です', path: `${path}.contents` })
      }
      checkActions(contents, `${path}.contents`, problems)
    } else {
      problems.push({ message: `未対応のメッセージ種別です: ${String(message?.type)}`, path: `${path}.type` })
    }
  })
  return problems
}
