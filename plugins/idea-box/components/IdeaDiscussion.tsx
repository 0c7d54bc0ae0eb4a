'use client'
import { ErrorText, errorOf, sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { Thread, ThreadComment } from './discussion/types'

import { IDEA_COMMENTS, IDEAS } from '../constants'
import { Answer } from './discussion/Answer'
import { CommentBox } from './discussion/CommentBox'
import { Comments } from './discussion/Comments'
import { VoteFollow } from './discussion/VoteFollow'
import { useIdeaT } from './useIdeaT'

/**
 * The idea's page below its form: the vote button with the count, follow, the department's
 * answer and the discussion with a comment box, all on the endpoints staff would otherwise
 * reach through separate 投票 and コメント forms. Shown once the idea exists.
 */
export const IdeaDiscussion = () => {
  const { id } = useDocumentInfo()
  const api = useApiBase()
  const t = useIdeaT()
  const [thread, setThread] = useState<null | Thread>(null)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const [replyTo, setReplyTo] = useState<null | ThreadComment>(null)

  const load = useCallback(async () => {
    if (!id) return
    const { body, ok, status } = await sendJson('GET', `${api}/${IDEAS}/${id}/thread`)
    if (ok) setThread(body as Thread)
    else setError(errorOf(body, status))
  }, [api, id])

  useEffect(() => {
    void load()
  }, [load])

  const toggle = async (what: 'follow' | 'vote', on: boolean) => {
    setBusy(true)
    const { body, ok, status } = await sendJson(on ? 'POST' : 'DELETE', `${api}/${IDEAS}/${id}/${what}`)
    setError(ok ? '' : errorOf(body, status))
    if (ok) setThread((current) => (current ? { ...current, ...body } : current))
    setBusy(false)
  }

  const post = async (comment: { body: string; parent?: ThreadComment['id']; stance: string }) => {
    const { body, ok, status } = await sendJson('POST', `${api}/${IDEA_COMMENTS}`, { ...comment, idea: id })
    setError(ok ? '' : errorOf(body, status))
    if (!ok) return false
    setReplyTo(null)
    await load()
    return true
  }

  if (!id) return null
  return (
    <div className="field-type" data-testid="idea-discussion" style={{ display: 'grid', gap: 16, margin: '24px 0' }}>
      <h3 style={{ margin: 0 }}>{t('discussion.title')}</h3>
      <ErrorText>{error}</ErrorText>
      {thread ? (
        <>
          <VoteFollow busy={busy} onToggle={toggle} t={t} thread={thread} />
          <Answer answer={thread.officialAnswer} t={t} />
          <h4 style={{ margin: 0 }}>{t('discussion.comments', { count: thread.comments.length })}</h4>
          <Comments comments={thread.comments} onReply={setReplyTo} t={t} />
          <CommentBox onCancelReply={() => setReplyTo(null)} onPost={post} replyTo={replyTo} t={t} />
        </>
      ) : error ? null : (
        <p>{t('discussion.loading')}</p>
      )}
    </div>
  )
}
