import type { Metadata } from 'next'

import React from 'react'

import { Pagination } from '../../../portal/components/Pagination'
import { SearchForm } from '../../../portal/components/SearchForm'
import { SubsidyCard } from '../../../portal/components/SubsidyCard'
import { ParamErrors } from '../../../portal/components/ParamErrors'
import { pageMetadata } from '../../../portal/metadata'
import { hrefOf, type PageSearchParams, searchQuery, withParam } from '../../../portal/query'
import { portalReader } from '../../../portal/reader'

export const dynamic = 'force-dynamic'

type Props = { searchParams: PageSearchParams }

export const generateMetadata = async ({ searchParams }: Props): Promise<Metadata> => {
  const q = (await searchQuery(searchParams, ['q'])).get('q')
  return pageMetadata(await portalReader(), { path: '/subsidies', title: q ? `「${q}」の支援制度` : '支援制度を探す' })
}

/** 支援制度を探す: the API's search with its filters, counts beside each choice, pages, a URL to share. */
const Subsidies = async ({ searchParams }: Props) => {
  const reader = await portalReader()
  const query = await searchQuery(searchParams, reader.queryParams.subsidies)
  const [found, facets] = await Promise.all([reader.subsidies(query), reader.subsidyFacets(query)])
  return (
    <>
      <h1>支援制度を探す</h1>
      <SearchForm facets={facets.ok ? facets.value : undefined} query={query} reader={reader} />
      {found.ok ? (
        <section aria-labelledby="results">
          <h2 aria-live="polite" id="results">
            {found.value.totalDocs}件の支援制度
            {found.value.totalPages > 1 ? `（${found.value.page}／${found.value.totalPages}ページ）` : ''}
          </h2>
          {facets.ok ? (
            <p className="chips">
              {facets.value.status
                .filter((s) => s.value === 'closing_soon' && s.count > 0)
                .map((s) => (
                  <a className="chip" href={hrefOf('/subsidies', withParam(query, 'status', s.value))} key={s.value}>
                    {s.label}（{s.count}件）
                  </a>
                ))}
              {facets.value.kind
                .filter((k) => k.count > 0)
                .map((k) => (
                  <a
                    aria-current={query.get('kind') === k.value ? 'true' : undefined}
                    className="chip"
                    href={hrefOf('/subsidies', withParam(query, 'kind', query.get('kind') === k.value ? null : k.value))}
                    key={k.value}
                  >
                    {k.label}（{k.count}件）
                  </a>
                ))}
            </p>
          ) : null}
          {found.value.docs.length ? (
            <div className="cards">
              {found.value.docs.map((card) => (
                <SubsidyCard card={card} key={card.id} reader={reader} />
              ))}
            </div>
          ) : (
            <p className="empty">条件に合う支援制度は見つかりませんでした。条件を減らすか、キーワードを変えてお試しください。</p>
          )}
          <Pagination page={found.value.page} path="/subsidies" query={query} totalPages={found.value.totalPages} />
        </section>
      ) : (
        <ParamErrors errors={found.errors} title="検索条件を確認してください。" />
      )}
    </>
  )
}

export default Subsidies
