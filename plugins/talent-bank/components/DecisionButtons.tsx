'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ErrorText } from '@akita-dx/plugin-core/client'
import { errorOf, sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { useTalentT } from './useTalentT'

/**
 * 「承諾する」「辞退する」 for the candidate: one PATCH with the status and the reply typed in the
 * form's 「候補者からの回答」, then a reload so the form shows the decision and its log.
 */
export const DecisionButtons = () => {
  const api = useApiBase()
  const t = useTalentT()
  const { id } = useDocumentInfo()
  const response = useFormFields(([fields]) => fields.response?.value)
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const decide = async (status: 'accepted' | 'declined') => {
    if (status === 'declined' && !window.confirm(t('decision.declineConfirm'))) return
    setBusy(true)
    setError('')
    const { body, ok, status: code } = await sendJson('PATCH', `${api}/help-matches/${id}`, { response: response ?? null, status })
    if (!ok) {
      setBusy(false)
      return setError(errorOf(body, code))
    }
    window.location.reload()
  }
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12 }}>
      <Button buttonStyle="primary" disabled={busy} margin={false} onClick={() => decide('accepted')} size="medium">
        {t('decision.accept')}
      </Button>
      <Button buttonStyle="secondary" disabled={busy} margin={false} onClick={() => decide('declined')} size="medium">
        {t('decision.decline')}
      </Button>
      <ErrorText>{error}</ErrorText>
    </div>
  )
}
