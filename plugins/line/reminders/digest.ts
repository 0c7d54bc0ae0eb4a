import { LINE_LIMITS } from '../constants'
import { plainText, truncate } from '../messages/plainText'
import { SETTINGS_KEYWORD } from '../residents/keywords'
import type { DueProgramme } from './due'

/** A full-width space, as Japanese indent a line under a bullet. */
const INDENT = '\u3000'

/** Programmes listed in one digest; the rest are counted and linked to the list. */
export const DIGEST_ITEMS = 10

export type DigestContext = { listUrl?: string; titleField: string; url?: (doc: Record<string, unknown>) => string | undefined }

/**
 * One resident's digest of the day as a text (LINE makes its URLs tappable): the soonest first,
 * each with its end date, the days left and its page, then how to stop it.
 */
export const digestText = (items: DueProgramme[], context: DigestContext): string => {
  const sorted = [...items].sort((a, b) => a.daysLeft - b.daysLeft)
  const lines = ['【締切が近い支援制度】', 'お住まいの地域で使える支援制度のうち、受付がまもなく締め切られるものです。']
  for (const item of sorted.slice(0, DIGEST_ITEMS)) {
    const title = truncate(plainText(item.doc[context.titleField]) || '（無題）', 60)
    lines.push('', `・${title}`, `${INDENT}締切 ${item.end}（あと${item.daysLeft}日）`)
    const url = context.url?.(item.doc)
    if (url) lines.push(`${INDENT}${url}`)
  }
  const rest = sorted.length - DIGEST_ITEMS
  if (rest > 0) lines.push('', context.listUrl ? `ほか ${rest} 件: ${context.listUrl}` : `ほか ${rest} 件`)
  lines.push('', `関心の登録を変えるときは「${SETTINGS_KEYWORD}」と送ってください。`)
  return truncate(lines.join('\n'), LINE_LIMITS.text)
}
