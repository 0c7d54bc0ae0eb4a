import type { PublicReader, SubsidyHit as Card } from '@akita-dx/plugin-public-api'

import React from 'react'

import { daysUntil, formatAcceptance, formatYen } from '../format'
import { areaLabel, statusLabel, termLabel } from '../labels'
import { HIGHLIGHT_PLACE, Highlighted } from './Highlighted'

/** 締切まであと3日 for a programme closing soon; the status label otherwise. */
const statusText = (card: Card) => {
  if (card.status === 'closing_soon' && card.acceptanceEnd) {
    const days = daysUntil(card.acceptanceEnd)
    return days === 0 ? '本日締切' : `締切まであと${days}日`
  }
  return statusLabel(card.status)
}

/** One programme in a list: what a founder needs to decide whether to open it, and where a keyword search found its words. */
export const SubsidyCard = ({ card, headingLevel = 3, reader }: { card: Card; headingLevel?: 2 | 3; reader: PublicReader }) => {
  const Heading = `h${headingLevel}` as const
  const amount = formatYen(card.maxAmount)
  const highlight = card.highlight?.matches.length ? card.highlight : undefined
  /** The text of a field with the matched words marked, where the highlight is that field's. */
  const marked = (field: 'catchPhrase' | 'title') => (highlight?.field === field ? <Highlighted highlight={highlight} /> : undefined)
  return (
    <article className="card subsidy-card">
      <p className="card-tags">
        <span className={`status status-${card.status}`}>{statusText(card)}</span>
        <span className="tag">{termLabel(reader.vocabulary.kinds, card.kind)}</span>
        <span className="tag">{termLabel(reader.vocabulary.providerLevels, card.provider.level)}</span>
      </p>
      <Heading className="card-title">
        <a href={`/subsidies/${card.slug}`}>{marked('title') ?? card.title}</a>
      </Heading>
      {card.catchPhrase ? <p className="card-lead">{marked('catchPhrase') ?? card.catchPhrase}</p> : null}
      {highlight && highlight.field !== 'title' && highlight.field !== 'catchPhrase' ? (
        <p className="card-snippet">
          <span className="snippet-place">{HIGHLIGHT_PLACE[highlight.field]}：</span>
          <Highlighted highlight={highlight} />
        </p>
      ) : null}
      <dl className="card-facts">
        <div>
          <dt>上限額</dt>
          <dd>{amount ?? '—'}</dd>
        </div>
        <div>
          <dt>受付期間</dt>
          <dd>{formatAcceptance(card)}</dd>
        </div>
        <div>
          <dt>対象地域</dt>
          <dd>{areaLabel(reader, card.area, card.municipalities)}</dd>
        </div>
        <div>
          <dt>実施機関</dt>
          <dd>{card.provider.name || '—'}</dd>
        </div>
      </dl>
    </article>
  )
}
