'use client'
import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'
import { Button, useDocumentInfo, useFormFields, useFormModified } from '@payloadcms/ui'
import React, { useState } from 'react'

import { postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

/**
 * 「LINEに公開する」 in the sidebar: what is on LINE now (when, to how many), and the one next
 * step, publish, publish the changes, or withdraw; every problem LINE or the rules found is listed.
 */
export const RichMenuPublish = () => {
  const api = useApiBase()
  const t = useLineT()
  const { id } = useDocumentInfo()
  const modified = useFormModified()
  const status = String(useFormFields(([fields]) => fields.status?.value) ?? 'draft')
  const publishedAt = useFormFields(([fields]) => fields.publishedAt?.value) as null | string | undefined
  const linkedCount = useFormFields(([fields]) => fields.linkedCount?.value) as null | number | undefined
  const target = useFormFields(([fields]) => fields.target?.value)
  const lastError = useFormFields(([fields]) => fields.lastError?.value) as null | string | undefined
  const [working, setWorking] = useState(false)
  const [errors, setErrors] = useState<string[]>([])
  if (!id) return <p className="field-description">{t('richMenuSaveFirst')}</p>
  const run = async (action: 'publish' | 'withdraw') => {
    if (!window.confirm(t(action === 'publish' ? 'richMenuConfirmPublish' : 'richMenuConfirmWithdraw'))) return
    setWorking(true)
    setErrors([])
    const { body, ok, status: code } = await postJson(`${api}/line-rich-menus/${String(id)}/${action}`, {})
    setWorking(false)
    if (ok) return window.location.reload()
    setErrors(((body?.errors as { message: string }[] | undefined) ?? [{ message: `HTTP ${code}` }]).map((e) => e.message))
  }
  const onLine = status === 'published' || status === 'outdated'
  return (
    <div data-testid="rich-menu-publish" style={{ marginBottom: 24 }}>
      {onLine && publishedAt ? (
        <p style={{ margin: '0 0 4px' }}>{t('richMenuPublishedNote', { at: formatJstDateTime(publishedAt) })}</p>
      ) : null}
      {onLine ? (
        <p style={{ margin: '0 0 8px' }}>
          {target === 'default' ? t('richMenuDefaultNote') : t('richMenuLinkedNote', { count: formatNumber(linkedCount ?? 0) })}
        </p>
      ) : null}
      {!onLine ? (
        <p style={{ margin: '0 0 8px' }}>{t(target === 'default' ? 'richMenuDraftDefaultHint' : 'richMenuDraftSegmentHint')}</p>
      ) : null}
      {modified ? <p style={{ color: 'var(--theme-warning-600)' }}>{t('richMenuUnsaved')}</p> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {status !== 'published' ? (
          <Button disabled={working || modified} onClick={() => void run('publish')} size="small">
            {working ? t('richMenuWorking') : t(status === 'outdated' ? 'richMenuRepublish' : 'richMenuPublish')}
          </Button>
        ) : null}
        {onLine ? (
          <Button buttonStyle="secondary" disabled={working} onClick={() => void run('withdraw')} size="small">
            {t('richMenuWithdraw')}
          </Button>
        ) : null}
      </div>
      {[...errors, ...(errors.length === 0 && lastError ? [lastError] : [])].map((message) => (
        <p key={message} role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {message}
        </p>
      ))}
    </div>
  )
}
