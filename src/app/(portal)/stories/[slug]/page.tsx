import type { Metadata } from 'next'

import { notFound } from 'next/navigation'
import React from 'react'

import { JsonLd } from '../../../../portal/components/JsonLd'
import { SubsidyCard } from '../../../../portal/components/SubsidyCard'
import { NOT_FOUND_METADATA, pageMetadata, shortDescription } from '../../../../portal/metadata'
import { portalReader } from '../../../../portal/reader'
import { storyStructuredData } from '../../../../portal/structuredData'

export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

const read = async (params: Props['params']) => {
  const reader = await portalReader()
  const { slug } = await params
  return { found: await reader.story(slug), reader }
}

/** The story, or the portal's 404 when none is published under this slug; a failing database is an error, not a 404. */
const load = async (params: Props['params']) => {
  const { found, reader } = await read(params)
  if (!found.ok && found.status === 404) notFound()
  if (!found.ok) throw new Error(found.errors[0]?.message)
  return { reader, story: found.value }
}

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  // Never notFound() here: thrown from the metadata, it would escape the portal's not-found page.
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
