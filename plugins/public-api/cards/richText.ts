import { convertLexicalToHTML, defaultHTMLConverters, LinkHTMLConverter } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'

type SerializedEditorState = Parameters<typeof convertLexicalToHTML>[0]['data']

const escapeHTML = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

type RenderedRichText = { html: string; text: string }

const converters = {
  ...defaultHTMLConverters,
  // Links to other CMS documents have no public page yet: keep the words, drop the link.
  ...LinkHTMLConverter({ internalDocToHref: () => '#' }),
  // Uploads are only rendered when populated (an image with a URL); ids alone are dropped.
  upload: ({ node }: { node: { value?: unknown } }) => {
    const value = node.value as { alt?: string; url?: string } | undefined
    if (!value || typeof value !== 'object' || !value.url) return ''
    return `<img src="${escapeHTML(value.url)}" alt="${escapeHTML(value.alt ?? '')}" loading="lazy">`
  },
}

const isEditorState = (value: unknown): value is SerializedEditorState =>
  Boolean(value && typeof value === 'object' && (value as { root?: { children?: unknown } }).root?.children)

/**
 * Lexical JSON → HTML and plain text with Payload's own converters. Text is escaped by the
 * converters; a document that does not convert yields empty strings rather than a failed request.
 */
export const renderRichText = (value: unknown): RenderedRichText => {
  if (!isEditorState(value)) return { html: '', text: '' }
  try {
    return {
      html: convertLexicalToHTML({ converters, data: value, disableContainer: true }),
      text: convertLexicalToPlaintext({ data: value }).trim(),
    }
  } catch {
    return { html: '', text: '' }
  }
}
