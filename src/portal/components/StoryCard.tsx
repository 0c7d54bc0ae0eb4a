import type { StoryCard as Card } from '@akita-dx/plugin-public-api'

import React from 'react'

/** One founder story in a list: who, where, what they built, in their words. */
export const StoryCard = ({ card, headingLevel = 3 }: { card: Card; headingLevel?: 2 | 3 }) => {
  const Heading = `h${headingLevel}` as const
  const where = [card.municipalityName, card.industryLabel, card.foundingYear ? `${card.foundingYear}年創業` : null].filter(Boolean)
  return (
    <article className="card story-card">
      {card.portrait ? (
        <img
          alt={card.portrait.alt}
          className="story-portrait"
          height={96}
          loading="lazy"
          src={card.portrait.thumbnailUrl ?? card.portrait.url}
          width={96}
        />
      ) : null}
      <div>
        <Heading className="card-title">
          <a href={`/stories/${card.slug}`}>{card.title ?? `${card.company}（${card.founderName}さん）`}</a>
        </Heading>
        <p className="story-who">
          {card.company}・{card.founderName}さん
        </p>
        {where.length ? <p className="story-where">{where.join('・')}</p> : null}
        {card.quote ? <blockquote className="story-quote">「{card.quote}」</blockquote> : null}
      </div>
    </article>
  )
}
