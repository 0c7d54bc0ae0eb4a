'use client'
import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import { Button, useAuth, useDocumentInfo } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ErrorText } from '@akita-dx/plugin-core/client'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

/**
 * 「LINEを連携」 on one's own account: a one-time code to send to the official account from one's
 * phone. The webhook then links that LINE (test sends go there); the list above shows it after a reload.
 */
export const LinkLine = () => {
  const api = useApiBase()
  const t = useLineT()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const [code, setCode] = useState<null | { code: string; expiresAt: string }>(null)
  const [error, setError] = useState('')
  if (!user || String(user.id) !== String(id)) return null
  const ask = async () => {
    setError('')
    const { body, ok, status } = await postJson(`${api}/line-link-codes/new`, {})
    if (ok) setCode(body)
    else setError(errorOf(body, status))
  }
  return (
    <div className="field-type" data-testid="line-link" style={{ marginBottom: 24 }}>
      <div style={{ fontSize: 13, marginBottom: 6 }}>{t('linkHelp')}</div>
      <Button buttonStyle="secondary" onClick={ask} size="small">
        {t(code ? 'linkAgain' : 'linkStart')}
      </Button>
      {code ? (
        <p aria-live="polite">
          {t('linkSend')}{' '}
          <strong data-testid="line-link-code" style={{ fontSize: 20, letterSpacing: 2 }}>
            {code.code}
          </strong>
          <br />
          {t('linkExpires', { at: formatJstDateTime(code.expiresAt) })}
        </p>
      ) : null}
      <ErrorText>{error}</ErrorText>
    </div>
  )
}
