import type { Metadata } from 'next'

import type { PublicReader } from '@akita-dx/plugin-public-api'

export const SITE_NAME = 'あきた起業支援ナビ'
export const SITE_DESCRIPTION =
  '秋田県で起業・創業する方のための支援制度（補助金・助成金・融資）を、県・市町村・商工団体の分までまとめて探せます。先輩起業家のストーリーも。'

/**
 * Title, description, canonical URL and the Open Graph tags LINE and other apps read when a
 * page is shared. The canonical URL is absolute, from the public origin.
 */
export const pageMetadata = (
  reader: PublicReader,
  {
    description = SITE_DESCRIPTION,
    path,
    title,
    type = 'website',
  }: { description?: string; path: string; title?: string; type?: 'article' | 'website' },
): Metadata => {
  const url = `${reader.serverURL}${path}`
  const fullTitle = title ? `${title}｜${SITE_NAME}` : `${SITE_NAME}｜秋田県の起業支援制度をまとめて検索`
  return {
    alternates: { canonical: url },
    description,
    metadataBase: new URL(reader.serverURL),
    openGraph: { description, locale: 'ja_JP', siteName: SITE_NAME, title: fullTitle, type, url },
    title: fullTitle,
    twitter: { card: 'summary', description, title: fullTitle },
  }
}

/** A description for a meta tag: one line, at most 120 characters. */
export const shortDescription = (text: null | string | undefined, fallback = SITE_DESCRIPTION): string => {
  const line = (text ?? '').replace(/\s+/g, ' ').trim()
  if (!line) return fallback
  return line.length > 120 ? `${line.slice(0, 119)}…` : line
}

/** The head of a 404: not for search engines. */
export const NOT_FOUND_METADATA: Metadata = { robots: { index: false }, title: `ページが見つかりません｜${SITE_NAME}` }
