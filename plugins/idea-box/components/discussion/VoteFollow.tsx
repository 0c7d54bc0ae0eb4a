'use client'
import { Button } from '@payloadcms/ui'
import React from 'react'

import type { IdeaT } from '../useIdeaT'
import type { Thread } from './types'

import { VOTABLE_STATES } from '../../constants'

type Props = { busy: boolean; onToggle: (what: 'follow' | 'vote', on: boolean) => void; t: IdeaT; thread: Thread }

/** The count, 「賛成する / 賛成を取り消す」 while the idea is open to votes, and follow / unfollow. */
export const VoteFollow = ({ busy, onToggle, t, thread }: Props) => {
  const votable = (VOTABLE_STATES as readonly string[]).includes(thread.state)
  return (
    <div style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      <strong aria-live="polite" data-testid="idea-votes" style={{ fontSize: 18 }}>
        {t('discussion.votes', { count: thread.votesCount })}
      </strong>
      {votable ? (
        <Button
          buttonStyle={thread.voted ? 'secondary' : 'primary'}
          disabled={busy}
          margin={false}
          onClick={() => onToggle('vote', !thread.voted)}
        >
          {thread.voted ? t('discussion.unvote') : t('discussion.vote')}
        </Button>
      ) : (
        <span style={{ color: 'var(--theme-elevation-600)' }}>{t('discussion.votingClosed', { state: t(`state.${thread.state}`) })}</span>
      )}
      <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => onToggle('follow', !thread.following)}>
        {thread.following ? t('discussion.unfollow') : t('discussion.follow')}
      </Button>
      <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>
        {/* What following brings, said as a promise once followed rather than as an offer. */}
        {thread.following ? t('discussion.following') : t('discussion.followHelp')}
      </span>
    </div>
  )
}
