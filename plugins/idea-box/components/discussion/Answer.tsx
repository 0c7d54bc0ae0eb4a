import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import React from 'react'

import type { IdeaT } from '../useIdeaT'
import type { Thread } from './types'

/** The department's official answer, set apart from the comments; a line saying there is none yet. */
export const Answer = ({ answer, t }: { answer: Thread['officialAnswer']; t: IdeaT }) => {
  if (!answer) return <p style={{ color: 'var(--theme-elevation-600)' }}>{t('discussion.noAnswer')}</p>
  // With the time, as the form's 回答日時 and the comments below show theirs.
  const at = answer.answeredAt ? formatJstDateTime(answer.answeredAt) : ''
  return (
    <section
      aria-label={t('discussion.answer')}
      data-testid="idea-answer"
      style={{ background: 'var(--theme-success-50)', borderLeft: '4px solid var(--theme-success-500)', padding: '12px 16px' }}
    >
      <strong>{t('discussion.answer')}</strong>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13, marginLeft: 12 }}>
        {t('discussion.answerMeta', { at, by: answer.answeredBy ?? '' })}
      </span>
      <p style={{ margin: '8px 0 0', whiteSpace: 'pre-wrap' }}>{answer.text}</p>
    </section>
  )
}
