import type { Metadata } from 'next'

import React from 'react'

import { foundOr404, readBySlug } from '../../../../portal/bySlug'
import { JsonLd } from '../../../../portal/components/JsonLd'
import { SubsidyCard } from '../../../../portal/components/SubsidyCard'
import { NOT_FOUND_METADATA, pageMetadata, shortDescription } from '../../../../portal/metadata'
import { storyStructuredData } from '../../../../portal/structuredData'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const read = (params: Props['params']) => readBySlug(params, (reader, slug) => reader.story(slug))

const load = async (params: Props['params']) => {
  const { found, reader } = await read(params)
  return { reader, story: foundOr404(found) }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { found, reader } = await read(params)
  if (!found.ok) return NOT_FOUND_METADATA
  const story = found.value
  return pageMetadata(reader, {
    description: shortDescription(story.quote ?? story.story.text),
    path: `/stories/${story.slug}`,
    title: story.title ?? `${story.company}（${story.founderName}さん）`,
    type: 'article',
  })
}

/** One founder's story, with the programmes they used (published ones only, as the API lists them). */
const Story = async ({ params }: Props) => {
  const { reader, story: s } = await load(params)
  const where = [s.municipalityName, s.industryLabel, s.foundingYear ? `${s.foundingYear}年創業` : null].filter(Boolean)
  return (
    <article className="detail story">
      <JsonLd data={storyStructuredData(reader, s)} />
      <p className="breadcrumb">
        <a href="/stories">先輩起業家のストーリー</a>
      </p>
      <h1>{s.title ?? `${s.company}（${s.founderName}さん）`}</h1>
      <div className="story-head">
        {s.portrait ? <img alt={s.portrait.alt} className="story-portrait" height={160} src={s.portrait.url} width={160} /> : null}
        <div>
          <p className="story-who">
            {s.company}・{s.founderName}さん
          </p>
          {where.length ? <p className="story-where">{where.join('・')}</p> : null}
          {s.quote ? <blockquote className="story-quote">「{s.quote}」</blockquote> : null}
        </div>
      </div>
      {s.story.html ? <div className="prose" dangerouslySetInnerHTML={{ __html: s.story.html }} /> : null}
      {s.programmes.length ? (
        <section aria-labelledby="programmes">
          <h2 id="programmes">使った支援制度</h2>
          <div className="cards">
            {s.programmes.map((card) => (
              <SubsidyCard card={card} key={card.id} reader={reader} />
            ))}
          </div>
        </section>
      ) : null}
    </article>
  )
}

export default Story
