import type { Highlight } from '@akita-dx/plugin-public-api'

import React from 'react'

/** A text with the stretches a keyword search matched marked, as the API's highlight gives them. */
export const Highlighted = ({ highlight }: { highlight: Highlight }) => {
  const parts: React.ReactNode[] = []
  let at = 0
  for (const { end, start } of highlight.matches) {
    if (start > at) parts.push(highlight.text.slice(at, start))
    parts.push(<mark key={start}>{highlight.text.slice(start, end)}</mark>)
    at = end
  }
  if (at < highlight.text.length) parts.push(highlight.text.slice(at))
  return <>{parts}</>
}

/** Where a match outside the title and the catch phrase was found, said before the snippet. */
export const HIGHLIGHT_PLACE: Record<Highlight['field'], string> = {
  catchPhrase: 'キャッチコピー',
  keywords: 'キーワード',
  providerName: '実施機関',
  summary: '概要',
  title: '名称',
}
