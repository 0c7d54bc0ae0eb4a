'use client'
import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useState } from 'react'

import { ErrorText } from '@akita-dx/plugin-core/client'
import { errorOf, sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { useTalentT } from './useTalentT'

type Decision = 'approved' | 'declined'

/**
 * 「承認する」「承認しない」 next to the supervisor approval, for whoever may set it (the
 * department's editors, admins: the field's own access, as the document's permissions say).
 */
export const ApprovalButtons = () => {
  const api = useApiBase()
  const t = useTalentT()
  const { docPermissions, id } = useDocumentInfo()
  const current = useFormFields(([fields]) => fields.supervisorApproval?.initialValue) as string | undefined
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const fields = docPermissions?.fields as Record<string, { update?: boolean }> | true | undefined
  const mayDecide = fields === true || Boolean(fields?.supervisorApproval?.update)
  if (!id || !mayDecide) return null
  const decide = async (value: Decision) => {
    setBusy(true)
    setError('')
    const { body, ok, status } = await sendJson('PATCH', `${api}/staff-profiles/${id}`, { supervisorApproval: value })
    if (!ok) {
      setBusy(false)
      return setError(errorOf(body, status))
    }
    window.location.reload()
  }
  return (
    <div data-testid="talent-approval" style={{ marginBottom: 24 }}>
      <div style={{ display: 'flex', gap: 12 }}>
        <Button
          buttonStyle="primary"
          disabled={busy || current === 'approved'}
          margin={false}
          onClick={() => decide('approved')}
          size="small"
        >
          {t('approvalPanel.approve')}
        </Button>
        <Button
          buttonStyle="secondary"
          disabled={busy || current === 'declined'}
          margin={false}
          onClick={() => decide('declined')}
          size="small"
        >
          {t('approvalPanel.decline')}
        </Button>
      </div>
      <ErrorText>{error}</ErrorText>
    </div>
  )
}
