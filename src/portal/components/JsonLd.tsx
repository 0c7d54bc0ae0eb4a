import React from 'react'

/**
 * Structured data for search engines. `<` is escaped so that no text of a document can close
 * the script element.
 */
export const JsonLd = ({ data }: { data: Record<string, unknown> }) => (
  <script dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }} type="application/ld+json" />
)
