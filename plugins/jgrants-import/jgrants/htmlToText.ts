const ENTITIES: Record<string, string> = { amp: '&', gt: '>', lt: '<', nbsp: ' ', quot: '"', '#39': "'", apos: "'" }

/**
 * jGrants' `detail` is HTML written by many ministries. We keep its words and paragraph breaks
 * and drop every tag, so nothing of its markup (or script) reaches our pages.
 */
export const htmlToText = (html: string): string =>
  html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|h[1-6]|tr|table|ul|ol)>/gi, '\n\n')
    .replace(/<li[^>]*>/gi, '\n- ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#\d+|#x[0-9a-f]+|[a-z0-9]+);/gi, (whole, name: string) => {
      const lower = name.toLowerCase()
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16) || 32)
      if (lower.startsWith('#') && lower !== '#39') return String.fromCodePoint(Number(lower.slice(1)) || 32)
      return ENTITIES[lower] ?? whole
    })
    .replace(/[ \t\u3000]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
