'use client'
import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { IdeaT } from '../useIdeaT'
import type { ThreadComment } from './types'

import { STANCES } from '../../constants'

type Props = {
  onCancelReply: () => void
  onPost: (comment: { body: string; parent?: ThreadComment['id']; stance: string }) => Promise<boolean>
  replyTo: null | ThreadComment
  t: IdeaT
}

const MAX_LENGTH = 2000

/** The comment box: a stance, the text, and the comment it answers when replying. */
export const CommentBox = ({ onCancelReply, onPost, replyTo, t }: Props) => {
  const [body, setBody] = useState('')
  const [stance, setStance] = useState<string>('neutral')
  const [posting, setPosting] = useState(false)

  const post = async () => {
    setPosting(true)
    const done = await onPost({ body: body.trim(), parent: replyTo?.id, stance })
    setPosting(false)
    if (done) setBody('')
  }

  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <label htmlFor="idea-comment-body" style={{ fontWeight: 600 }}>
        {replyTo ? t('discussion.replyTo', { author: replyTo.author ?? '' }) : t('discussion.commentLabel')}
      </label>
      <textarea
        id="idea-comment-body"
        maxLength={MAX_LENGTH}
        onChange={(event) => setBody(event.target.value)}
        placeholder={t('discussion.commentHelp')}
        rows={4}
        style={{ font: 'inherit', padding: 8, width: '100%' }}
        value={body}
      />
      <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <fieldset style={{ border: 0, display: 'flex', gap: 12, margin: 0, padding: 0 }}>
          {STANCES.map((value) => (
            <label key={value}>
              <input checked={stance === value} name="idea-comment-stance" onChange={() => setStance(value)} type="radio" value={value} />{' '}
              {t(`stance.${value}`)}
            </label>
          ))}
        </fieldset>
        <Button disabled={posting || body.trim() === ''} margin={false} onClick={post}>
          {posting ? t('discussion.posting') : t('discussion.post')}
        </Button>
        {replyTo ? (
          <Button buttonStyle="secondary" margin={false} onClick={onCancelReply}>
            {t('discussion.cancelReply')}
          </Button>
        ) : null}
      </div>
    </div>
  )
}
