import type { Metadata } from 'next'

import React from 'react'

import { foundOr404, readBySlug } from '../../../../portal/bySlug'
import { JsonLd } from '../../../../portal/components/JsonLd'
import { StoryCard } from '../../../../portal/components/StoryCard'
import { Fact, SubsidyFacts } from '../../../../portal/components/SubsidyFacts'
import { NOT_FOUND_METADATA, pageMetadata, shortDescription } from '../../../../portal/metadata'
import { subsidyStructuredData } from '../../../../portal/structuredData'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const read = (params: Props['params']) => readBySlug(params, (reader, slug) => reader.subsidy(slug))

const load = async (params: Props['params']) => {
  const { found, reader } = await read(params)
  return { programme: foundOr404(found), reader }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { found, reader } = await read(params)
  if (!found.ok) return NOT_FOUND_METADATA
  const programme = found.value
  return pageMetadata(reader, {
    description: shortDescription(programme.catchPhrase ?? programme.summary),
    path: `/subsidies/${programme.slug}`,
    title: programme.title,
    type: 'article',
  })
}

/** One programme: what it gives, who may apply, how and by when, whom to ask, and founders who used it. */
const Subsidy = async ({ params }: Props) => {
  const { programme: p, reader } = await load(params)
  return (
    <article className="detail">
      <JsonLd data={subsidyStructuredData(reader, p)} />
      <p className="breadcrumb">
        <a href="/subsidies">支援制度を探す</a> ＞ {p.kindLabel}
      </p>
      <h1>{p.title}</h1>
      {p.catchPhrase ? <p className="lead">{p.catchPhrase}</p> : null}
      <SubsidyFacts programme={p} reader={reader} />
      {p.summary ? (
        <section>
          <h2>概要</h2>
          <p className="prose">{p.summary}</p>
        </section>
      ) : null}
      {p.detail.html ? (
        <section>
          <h2>詳細</h2>
          <div className="prose" dangerouslySetInnerHTML={{ __html: p.detail.html }} />
        </section>
      ) : null}
      <section>
        <h2>申請方法</h2>
        <dl className="facts">
          <Fact label="申請方法" value={p.application.method} />
          {p.application.url ? (
            <Fact label="申請・詳細ページ">
              <a href={p.application.url} rel="noopener" target="_blank">
                {p.application.url}
              </a>
            </Fact>
          ) : null}
        </dl>
      </section>
      <section>
        <h2>問い合わせ先</h2>
        <dl className="facts">
          <Fact label="窓口" value={p.inquiry.section ?? p.provider.name} />
          {p.inquiry.tel ? (
            <Fact label="電話">
              <a href={`tel:${p.inquiry.tel.replace(/[^\d+]/g, '')}`}>{p.inquiry.tel}</a>
            </Fact>
          ) : null}
          {p.inquiry.email ? (
            <Fact label="メール">
              <a href={`mailto:${p.inquiry.email}`}>{p.inquiry.email}</a>
            </Fact>
          ) : null}
        </dl>
      </section>
      {p.source.attribution ? (
        <p className="attribution">{p.source.url ? <a href={p.source.url}>{p.source.attribution}</a> : p.source.attribution}</p>
      ) : null}
      {p.stories.length ? (
        <section aria-labelledby="stories">
          <h2 id="stories">この制度を使った先輩起業家</h2>
          <div className="cards">
            {p.stories.map((card) => (
              <StoryCard card={card} key={card.id} />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  )
}

export default Subsidy
