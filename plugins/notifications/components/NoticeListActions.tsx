'use client'
import { ErrorText, errorOf, sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { Button, useConfig } from '@payloadcms/ui'
import { useRouter, useSearchParams } from 'next/navigation'
import React, { useState } from 'react'

import { STAFF_NOTICES } from '../constants'
import { UNREAD_LIST } from '../delivery/unreadList'
import { useNoticeT } from './useNoticeT'

/** Above the list: unread only or everything, and 「すべて既読にする」. */
export const NoticeListActions = () => {
  const api = useApiBase()
  const { config } = useConfig()
  const router = useRouter()
  const unreadOnly = useSearchParams().get('where[readAt][exists]') === 'false'
  const t = useNoticeT()
  const [busy, setBusy] = useState(false)
  const [status, setStatus] = useState('')
  const [error, setError] = useState('')

  const markAll = async () => {
    setBusy(true)
    const { body, ok, status: code } = await sendJson('POST', `${api}/${STAFF_NOTICES}/read`, { all: true })
    setError(ok ? '' : errorOf(body, code))
    setStatus(ok ? t('list.marked', { count: body.updated }) : '')
    setBusy(false)
    router.refresh()
  }

  const admin = config.routes.admin
  return (
    <div data-testid="notice-list-actions" style={{ alignItems: 'center', display: 'flex', flexWrap: 'wrap', gap: 12, marginBottom: 16 }}>
      <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={markAll}>
        {busy ? t('list.marking') : t('list.markAllRead')}
      </Button>
      <a href={unreadOnly ? `${admin}/collections/${STAFF_NOTICES}` : `${admin}${UNREAD_LIST}`}>
        {unreadOnly ? t('list.all') : t('list.unreadOnly')}
      </a>
      {status ? <span role="status">{status}</span> : null}
      <ErrorText>{error}</ErrorText>
    </div>
  )
}
