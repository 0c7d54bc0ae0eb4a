import type { Metadata } from 'next'

import React from 'react'

import { SearchForm } from '../../portal/components/SearchForm'
import { StoryCard } from '../../portal/components/StoryCard'
import { SubsidyCard } from '../../portal/components/SubsidyCard'
import { pageMetadata, SITE_NAME } from '../../portal/metadata'
import { portalReader } from '../../portal/reader'

export const dynamic = 'force-dynamic'

export const generateMetadata = async (): Promise<Metadata> => pageMetadata(await portalReader(), { path: '/' })

/** トップ: the search, what closes soon, what is new, and founders to follow. */
const Home = async () => {
  const reader = await portalReader()
  const [closing, fresh, stories] = await Promise.all([
    reader.subsidies({ limit: '6', sort: 'deadline', status: 'closing_soon' }),
    reader.subsidies({ limit: '6', sort: 'newest' }),
    reader.stories({ limit: '3' }),
  ])
  return (
    <>
      <section className="hero">
        <h1>{SITE_NAME}</h1>
        <p>県・市町村・商工団体の補助金・助成金・融資を、まとめて探せます。</p>
        <SearchForm compact query={new URLSearchParams()} reader={reader} />
        <p className="more-filters">
          何が使えるかわからないときは <a href="/shindan">かんたん診断（5つの質問）</a>
        </p>
      </section>
      <section aria-labelledby="closing">
        <h2 id="closing">締切間近</h2>
        {closing.ok && closing.value.docs.length ? (
          <div className="cards">
            {closing.value.docs.map((card) => (
              <SubsidyCard card={card} key={card.id} reader={reader} />
            ))}
          </div>
        ) : (
          <p className="empty">いま締切間近の制度はありません。</p>
        )}
        <p className="more">
          <a href="/subsidies?status=closing_soon">締切間近の制度をすべて見る</a>
        </p>
      </section>
      <section aria-labelledby="fresh">
        <h2 id="fresh">新着の支援制度</h2>
        <div className="cards">
          {fresh.ok ? fresh.value.docs.map((card) => <SubsidyCard card={card} key={card.id} reader={reader} />) : null}
        </div>
        <p className="more">
          <a href="/subsidies?sort=newest">新着順にすべて見る</a>
        </p>
      </section>
      {stories.ok && stories.value.docs.length ? (
        <section aria-labelledby="stories">
          <h2 id="stories">先輩起業家のストーリー</h2>
          <div className="cards">
            {stories.value.docs.map((card) => (
              <StoryCard card={card} key={card.id} />
            ))}
          </div>
          <p className="more">
            <a href="/stories">ストーリーをもっと読む</a>
          </p>
        </section>
      ) : null}
    </>
  )
}

export default Home
