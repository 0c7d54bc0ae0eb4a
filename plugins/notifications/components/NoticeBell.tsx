'use client'
import { sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { STAFF_NOTICES } from '../constants'
import { UNREAD_LIST } from '../delivery/unreadList'
import { useNoticeT } from './useNoticeT'

// Often enough that a notice shows within a minute, rarely enough to cost nothing.
const REFRESH_MS = 60_000

const badge: React.CSSProperties = {
  background: 'var(--theme-error-500)',
  borderRadius: 9,
  color: 'var(--theme-bg)',
  fontSize: 11,
  fontWeight: 700,
  lineHeight: '18px',
  minWidth: 18,
  padding: '0 5px',
  position: 'absolute',
  right: -8,
  textAlign: 'center',
  top: -6,
}

const Bell = () => (
  <svg aria-hidden="true" fill="none" height="20" stroke="currentColor" strokeWidth="1.8" viewBox="0 0 24 24" width="20">
    <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z" strokeLinejoin="round" />
    <path d="M10 20.5a2 2 0 0 0 4 0" strokeLinecap="round" />
  </svg>
)

/** The unread count, refreshed while the admin is open and whenever its window comes back to the front. */
const useUnreadCount = (api: string): null | number => {
  const [count, setCount] = useState<null | number>(null)
  useEffect(() => {
    let live = true
    const load = async () => {
      const { body, ok } = await sendJson('GET', `${api}/${STAFF_NOTICES}/unread-count`).catch(() => ({ body: {}, ok: false }))
      if (live) setCount(ok ? Number(body.count) : null)
    }
    void load()
    const timer = setInterval(load, REFRESH_MS)
    window.addEventListener('focus', load)
    return () => {
      live = false
      clearInterval(timer)
      window.removeEventListener('focus', load)
    }
  }, [api])
  return count
}

/** The bell in the admin's header: the number of unread notices, a link to them. Nothing for someone without notices. */
export const NoticeBell = () => {
  const api = useApiBase()
  const { config } = useConfig()
  const t = useNoticeT()
  const count = useUnreadCount(api)
  if (count === null) return null
  const label = count > 0 ? t('bell.unread', { count }) : t('bell.none')
  return (
    <a
      aria-label={label}
      data-testid="notice-bell"
      href={`${config.routes.admin}${UNREAD_LIST}`}
      style={{ color: 'var(--theme-text)', display: 'inline-flex', marginInline: 8, position: 'relative' }}
      title={label}
    >
      <Bell />
      {count > 0 ? <span style={badge}>{count > 99 ? '99+' : count}</span> : null}
    </a>
  )
}
