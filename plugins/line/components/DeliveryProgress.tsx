'use client'
import { formatJstDateTime, formatNumber } from '@akita-dx/plugin-core/shared'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { deliveryStatusKey } from '../translations/statusKey'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

type Retrying = { batches: number; lastError: string; nextAttemptAt: null | string }
type Progress = { failed: number; lastError: null | string; retrying?: null | Retrying; sent: number; status: string; total: number }

// A request awaiting approval is followed (it starts when approved) and withdrawn like a scheduled send.
/** `HH:mm:ss` of a retry within the next minutes (the date is today's). */
const formatJstTime = (at: string) => `${formatJstDateTime(at).slice(11)}:${new Date(at).getUTCSeconds().toString().padStart(2, '0')}`

const isActive = (status?: string) => status === 'sending' || status === 'scheduled' || status === 'awaiting_approval'

/** Status, sent/total and a progress bar, refreshed every second while the delivery runs; cancel. */
export const DeliveryProgressBar = ({ id }: { id?: number | string }) => {
  const api = useApiBase()
  const t = useLineT()
  const [progress, setProgress] = useState<null | Progress>(null)
  const [message, setMessage] = useState<string>('')

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(`${api}/line-deliveries/${id}/progress`, { credentials: 'include' })
    if (res.ok) setProgress(await res.json())
  }, [api, id])

  useEffect(() => {
    void load()
    if (!id) return
    const timer = setInterval(() => {
      if (!progress || isActive(progress.status)) void load()
    }, 1000)
    return () => clearInterval(timer)
  }, [id, load, progress])

  if (!id || !progress) return null
  const ratio = progress.total > 0 ? Math.min(1, progress.sent / progress.total) : 0
  const cancel = async () => {
    if (!window.confirm(t('progressCancelConfirm'))) return
    const { body, ok, status } = await postJson(`${api}/line-deliveries/${id}/cancel`, undefined)
    setMessage(ok ? t('progressCancelled') : errorOf(body, status))
    void load()
  }
  // Before approval nothing has been frozen or sent: counts and a bar would only say 0 / 0.
  const beforeSending = progress.status === 'awaiting_approval' || progress.status === 'rejected'
  return (
    <div className="field-type" data-testid="line-delivery-progress" style={{ marginBottom: 24 }}>
      <div style={{ alignItems: 'baseline', display: 'flex', gap: 12 }}>
        <strong>{t(deliveryStatusKey(progress.status))}</strong>
        <span hidden={beforeSending}>
          {t('progressSent', { sent: formatNumber(progress.sent), total: formatNumber(progress.total) })}
          {progress.failed ? t('progressFailed', { failed: formatNumber(progress.failed) }) : ''}
        </span>
      </div>
      <div
        aria-valuemax={100}
        hidden={beforeSending}
        aria-valuemin={0}
        aria-valuenow={Math.round(ratio * 100)}
        role="progressbar"
        style={{ background: '#e5e5e5', borderRadius: 4, height: 10, marginTop: 6 }}
      >
        <div
          style={{
            background: progress.failed ? '#d9822b' : '#06c755',
            borderRadius: 4,
            height: 10,
            transition: 'width .5s',
            width: `${ratio * 100}%`,
          }}
        />
      </div>
      {progress.retrying ? (
        <div data-testid="line-delivery-retrying" role="status" style={{ color: '#5c4400', marginTop: 6 }}>
          ⚠{' '}
          {t('progressRetrying', {
            at: progress.retrying.nextAttemptAt ? formatJstTime(progress.retrying.nextAttemptAt) : '—',
            batches: formatNumber(progress.retrying.batches),
            error: progress.retrying.lastError,
          })}
        </div>
      ) : null}
      {progress.lastError ? (
        <div role="alert" style={{ color: '#b00020', marginTop: 6 }}>
          {t('progressLineError', { error: progress.lastError })}
        </div>
      ) : null}
      {isActive(progress.status) ? (
        <button onClick={cancel} style={{ marginTop: 8 }} type="button">
          {t('progressCancel')}
        </button>
      ) : null}
      {message ? <div style={{ marginTop: 4 }}>{message}</div> : null}
    </div>
  )
}

/** The progress of the delivery being viewed. */
export const DeliveryProgress = () => {
  const { id } = useDocumentInfo()
  return <DeliveryProgressBar id={id} />
}
