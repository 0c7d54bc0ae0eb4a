'use client'
import { formatNumber } from '@akita-dx/plugin-core/shared'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import type { LineTranslationKey } from '../translations'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

type Progress = { failed: number; lastError: null | string; sent: number; status: string; total: number }

const statusKey = (status: string) => `status${status[0]?.toUpperCase()}${status.slice(1)}` as LineTranslationKey
const isActive = (status?: string) => status === 'sending' || status === 'scheduled'

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
  return (
    <div className="field-type" data-testid="line-delivery-progress" style={{ marginBottom: 24 }}>
      <div style={{ alignItems: 'baseline', display: 'flex', gap: 12 }}>
        <strong>{t(statusKey(progress.status))}</strong>
        <span>
          {t('progressSent', { sent: formatNumber(progress.sent), total: formatNumber(progress.total) })}
          {progress.failed ? t('progressFailed', { failed: formatNumber(progress.failed) }) : ''}
        </span>
      </div>
      <div
        aria-valuemax={100}
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
