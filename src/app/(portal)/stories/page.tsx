import type { Metadata } from 'next'

import React from 'react'

import { Pagination } from '../../../portal/components/Pagination'
import { StoryCard } from '../../../portal/components/StoryCard'
import { pageMetadata } from '../../../portal/metadata'
import { type PageSearchParams, searchQuery } from '../../../portal/query'
import { portalReader } from '../../../portal/reader'

export const dynamic = 'force-dynamic'

type Props = { searchParams: PageSearchParams }

export const generateMetadata = async (): Promise<Metadata> =>
  pageMetadata(await portalReader(), {
    description: '秋田県で起業した先輩たちが、きっかけ、使った支援制度、これから起業する人へのメッセージを語ります。',
    path: '/stories',
    title: '先輩起業家のストーリー',
  })

/** 先輩起業家: every published founder story, newest founding first. */
const Stories = async ({ searchParams }: Props) => {
  const reader = await portalReader()
  const query = await searchQuery(searchParams, reader.queryParams.stories)
  const found = await reader.stories(query)
  return (
    <>
      <h1>先輩起業家のストーリー</h1>
      <p className="lead">秋田で起業した先輩たちの歩みと、使った支援制度。</p>
      {found.ok && found.value.docs.length ? (
        <>
          <div className="cards">
            {found.value.docs.map((card) => (
              <StoryCard card={card} headingLevel={2} key={card.id} />
            ))}
          </div>
          <Pagination page={found.value.page} path="/stories" query={query} totalPages={found.value.totalPages} />
        </>
      ) : (
        <p className="empty">ストーリーはまだありません。</p>
      )}
    </>
  )
}

export default Stories
