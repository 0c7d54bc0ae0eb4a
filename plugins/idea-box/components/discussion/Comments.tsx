import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import React from 'react'

import type { IdeaT } from '../useIdeaT'
import type { ThreadComment } from './types'

const STANCE_COLOUR: Record<string, string> = {
  concern: 'var(--theme-warning-500)',
  neutral: 'var(--theme-elevation-400)',
  support: 'var(--theme-success-500)',
}

type Props = { comments: ThreadComment[]; onReply: (comment: ThreadComment) => void; t: IdeaT }

const CommentItem = ({ comment, onReply, t }: { comment: ThreadComment } & Omit<Props, 'comments'>) => (
  <li
    data-testid="idea-comment"
    style={{
      borderLeft: `3px solid ${STANCE_COLOUR[comment.stance] ?? STANCE_COLOUR.neutral}`,
      listStyle: 'none',
      marginLeft: (comment.depth - 1) * 24,
      padding: '6px 12px',
    }}
  >
    <div style={{ color: 'var(--theme-elevation-600)', display: 'flex', flexWrap: 'wrap', fontSize: 13, gap: 12 }}>
      <strong style={{ color: 'var(--theme-text)' }}>{comment.author ?? ''}</strong>
      <span>{t(`stance.${comment.stance}`)}</span>
      <span>
        {formatJstDateTime(comment.createdAt)}
        {comment.editedAt ? `（${t('discussion.edited')}）` : ''}
      </span>
    </div>
    <p style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>{comment.deleted ? t('discussion.deleted') : comment.body}</p>
    {comment.deleted ? null : (
      <button
        className="btn--style-none"
        onClick={() => onReply(comment)}
        style={{ color: 'var(--theme-elevation-700)', fontSize: 13 }}
        type="button"
      >
        {t('discussion.reply')}
      </button>
    )}
  </li>
)

/** The comments in reading order (replies under what they answer), each with its stance and a reply link. */
export const Comments = ({ comments, onReply, t }: Props) =>
  comments.length === 0 ? (
    <p style={{ color: 'var(--theme-elevation-600)' }}>{t('discussion.noComments')}</p>
  ) : (
    <ul style={{ display: 'grid', gap: 8, margin: 0, padding: 0 }}>
      {comments.map((comment) => (
        <CommentItem comment={comment} key={comment.id} onReply={onReply} t={t} />
      ))}
    </ul>
  )
