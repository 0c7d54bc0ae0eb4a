import type { ServerFieldBase } from 'payload'

import { formatJstDateTime, sameId } from '@akita-dx/plugin-core/shared'
import React from 'react'

import { DecisionButtons } from './DecisionButtons'
import { talentT } from './talentT'

type Props = Partial<Pick<ServerFieldBase, 'data' | 'i18n' | 'id' | 'req'>>

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, margin: '0 0 24px', padding: 16 }

/**
 * 「打診への回答」 on an offer: the candidate answers an open offer with two buttons; once it is
 * decided, everyone sees its state and when. The server checks the transition again.
 */
export const MatchDecision = ({ data, i18n, id, req }: Props) => {
  if (!id || !data) return null
  const t = talentT(i18n)
  const status = String(data.status ?? '')
  if (status !== 'proposed') {
    const at = data.decidedAt ? formatJstDateTime(data.decidedAt) : ''
    return (
      <p data-testid="talent-decision" role="status" style={box}>
        {t('decision.decided', { at, status: t(`matchStatus.${status}` as never) })}
      </p>
    )
  }
  // Only the candidate answers here; the department cancels through the status as before.
  if (!sameId(data.candidate, req?.user?.id)) return null
  return (
    <div className="field-type" data-testid="talent-decision" style={box}>
      <h3 style={{ margin: '0 0 8px' }}>{t('decision.title')}</h3>
      <p>{t('decision.intro')}</p>
      <DecisionButtons />
    </div>
  )
}
