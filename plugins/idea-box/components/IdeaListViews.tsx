'use client'
import { useAuth, useConfig } from '@payloadcms/ui'
import { useSearchParams } from 'next/navigation'
import React from 'react'

import type { IdeaBoxKey } from '../translations'

import { IDEA_COMMENTS, IDEAS } from '../constants'
import { useIdeaT } from './useIdeaT'

type View = { key: IdeaBoxKey; path: string; query: string }

/** The lists staff ask for, as list-view queries (sort and filter stay Payload's own, editable after). */
const viewsFor = (moderator: boolean, now: string): View[] => [
  { key: 'listView.votes', path: IDEAS, query: 'sort=-votesCount' },
  { key: 'listView.newest', path: IDEAS, query: 'sort=-createdAt' },
  { key: 'listView.answered', path: IDEAS, query: 'sort=-officialAnswer.answeredAt&where[awaitingAnswer][equals]=false' },
  { key: 'listView.awaiting', path: IDEAS, query: 'sort=-votesCount&where[awaitingAnswer][equals]=true' },
  {
    key: 'listView.overdue',
    path: IDEAS,
    query: `sort=answerDueAt&where[and][0][awaitingAnswer][equals]=true&where[and][1][answerDueAt][less_than]=${encodeURIComponent(now)}`,
  },
  { key: 'listView.problems', path: IDEAS, query: 'sort=-createdAt&where[kind][equals]=problem' },
  // The moderator's queue: reported items held back for a decision.
  ...(moderator
    ? ([
        { key: 'listView.moderationIdeas', path: IDEAS, query: 'sort=-openFlagsCount&where[moderation][equals]=pending' },
        { key: 'listView.moderationComments', path: IDEA_COMMENTS, query: 'sort=-openFlagsCount&where[moderation][equals]=pending' },
      ] satisfies View[])
    : []),
]

const sameQuery = (a: URLSearchParams, b: URLSearchParams) => [...a.keys(), ...b.keys()].every((key) => a.get(key) === b.get(key))

type Props = {
  /** The app's role values of moderators (admins), and the users' field holding roles. */
  moderatorRoles: string[]
  rolesField: string
}

/** Above the ideas list: one click to each of the usual views, the current one marked. */
export const IdeaListViews = ({ moderatorRoles, rolesField }: Props) => {
  const { config } = useConfig()
  const { user } = useAuth()
  const current = useSearchParams()
  const t = useIdeaT()
  const roles = (user as null | Record<string, unknown>)?.[rolesField]
  const moderator = Array.isArray(roles) && roles.some((role) => moderatorRoles.includes(String(role)))
  const minute = new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()
  return (
    <nav
      aria-label={t('listView.label')}
      data-testid="idea-list-views"
      style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginBottom: 16 }}
    >
      {viewsFor(moderator, minute).map((view) => {
        const query = new URLSearchParams(view.query)
        const active = sameQuery(query, new URLSearchParams([...current.entries()].filter(([key]) => key !== 'page' && key !== 'limit')))
        return (
          <a
            aria-current={active ? 'page' : undefined}
            className={`pill pill--style-${active ? 'dark' : 'light'}`}
            href={`${config.routes.admin}/collections/${view.path}?${view.query}`}
            key={view.key}
          >
            {t(view.key)}
          </a>
        )
      })}
    </nav>
  )
}
