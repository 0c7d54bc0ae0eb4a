'use client'
import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'
import { Button, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { ErrorText } from '@akita-dx/plugin-core/client'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

type Approval = {
  mayDecide: boolean
  own: boolean
  recipientEstimate: null | number
  rejectionReason: null | string
  reviewedAt: null | string
  scheduledAt: null | string
  status: string
}
type T = ReturnType<typeof useLineT>

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, marginBottom: 24, padding: 16 }

/** What the approver decides on: how many residents, and when. */
const Summary = ({ approval, t }: { approval: Approval; t: T }) => {
  const at = approval.scheduledAt ? t('approvalSummaryAt', { at: formatJstDateTime(approval.scheduledAt) }) : t('approvalSummaryNow')
  return <p>{t('approvalSummary', { at, count: formatNumber(approval.recipientEstimate ?? 0) })}</p>
}

/** 承認して配信する / 差し戻す, for an approver who did not make the request. */
const Decide = ({ approval, onDone, t }: { approval: Approval; onDone: () => void; t: T }) => {
  const api = useApiBase()
  const { id } = useDocumentInfo()
  const [reason, setReason] = useState('')
  const [error, setError] = useState('')
  const [busy, setBusy] = useState(false)
  const post = async (action: 'approve' | 'reject') => {
    if (action === 'approve' && !window.confirm(t('approvalApproveConfirm', { count: formatNumber(approval.recipientEstimate ?? 0) })))
      return
    setBusy(true)
    setError('')
    const { body, ok, status } = await postJson(`${api}/line-deliveries/${id}/${action}`, action === 'reject' ? { reason } : undefined)
    setBusy(false)
    if (!ok) return setError(errorOf(body, status))
    onDone()
  }
  return (
    <div>
      <Button buttonStyle="primary" disabled={busy} onClick={() => post('approve')} size="medium">
        {t('approvalApprove')}
      </Button>
      <label style={{ display: 'block', marginTop: 12 }}>
        {t('approvalReasonLabel')}
        <textarea
          maxLength={500}
          onChange={(e) => setReason(e.target.value)}
          rows={2}
          style={{ display: 'block', width: '100%' }}
          value={reason}
        />
      </label>
      <Button buttonStyle="secondary" disabled={busy || !reason.trim()} onClick={() => post('reject')} size="medium">
        {t('approvalReject')}
      </Button>
      <ErrorText>{error}</ErrorText>
    </div>
  )
}

/** Where a request stands, in words, once it has been decided. */
const Decided = ({ approval, t }: { approval: Approval; t: T }) => {
  if (!approval.reviewedAt) return null
  const at = formatJstDateTime(approval.reviewedAt)
  if (approval.status === 'rejected') return <p role="status">{t('approvalRejected', { at, reason: approval.rejectionReason ?? '' })}</p>
  return <p role="status">{t('approvalApproved', { at })}</p>
}

/**
 * 「承認（決裁）」 at the top of a delivery: the requester sees it wait, an approver approves it
 * (then it sends) or sends it back with a reason, and afterwards everyone sees who decided when.
 */
export const ApprovalPanel = () => {
  const api = useApiBase()
  const t = useLineT()
  const { id } = useDocumentInfo()
  const [approval, setApproval] = useState<Approval | null>(null)
  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/line-deliveries/${id}/approval`, { credentials: 'include' })
    setApproval(res.ok ? await res.json() : null)
  }, [api, id])
  useEffect(() => void load(), [load])

  if (!approval || (approval.status !== 'awaiting_approval' && !approval.reviewedAt)) return null
  const awaiting = approval.status === 'awaiting_approval'
  return (
    <div className="field-type" data-testid="line-approval" style={box}>
      <h3 style={{ margin: '0 0 8px' }}>{t('approvalPanel')}</h3>
      {awaiting ? (
        <>
          <p>
            <strong>{t(approval.own ? 'approvalAwaitingOwn' : 'approvalAwaiting')}</strong>
          </p>
          <Summary approval={approval} t={t} />
          {approval.mayDecide ? <Decide approval={approval} onDone={() => window.location.reload()} t={t} /> : null}
          {!approval.mayDecide && !approval.own ? <p>{t('approvalNotApprover')}</p> : null}
        </>
      ) : (
        <Decided approval={approval} t={t} />
      )}
    </div>
  )
}
