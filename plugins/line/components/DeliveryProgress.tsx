'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import { useApiBase } from './useApi'

type Progress = { failed: number; lastError: null | string; sent: number; status: string; total: number }

const LABELS: Record<string, string> = {
  cancelled: '取消',
  done: '完了',
  failed: '失敗',
  partial: '一部失敗',
  scheduled: '予約',
  sending: '送信中',
}

/** Status, sent/total and a progress bar, refreshed every second while the delivery runs; cancel. */
export const DeliveryProgressBar = ({ id }: { id?: number | string }) => {
  const api = useApiBase()
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
      if (!progress || progress.status === 'sending' || progress.status === 'scheduled') void load()
    }, 1000)
    return () => clearInterval(timer)
  }, [id, load, progress])

  if (!id || !progress) return null
  const ratio = progress.total > 0 ? Math.min(1, progress.sent / progress.total) : 0
  const active = progress.status === 'sending' || progress.status === 'scheduled'
  const cancel = async () => {
    if (!window.confirm('この配信を取り消しますか？送信済みの分は取り消せません。')) return
    const res = await fetch(`${api}/line-deliveries/${id}/cancel`, { credentials: 'include', method: 'POST' })
    const body = await res.json()
    setMessage(res.ok ? '取り消しました。' : body.error ?? `HTTP ${res.status}`)
    void load()
  }
  return (
    <div className="field-type" data-testid="line-delivery-progress" style={{ marginBottom: 24 }}>
      <div style={{ alignItems: 'baseline', display: 'flex', gap: 12 }}>
        <strong>{LABELS[progress.status] ?? progress.status}</strong>
        <span>
          {progress.sent.toLocaleString('ja-JP')} / {progress.total.toLocaleString('ja-JP')} 人に送信
          {progress.failed ? `（失敗 ${progress.failed.toLocaleString('ja-JP')} 人）` : ''}
        </span>
      </div>
      <div aria-valuemax={100} aria-valuemin={0} aria-valuenow={Math.round(ratio * 100)} role="progressbar" style={{ background: '#e5e5e5', borderRadius: 4, height: 10, marginTop: 6 }}>
        <div style={{ background: progress.failed ? '#d9822b' : '#06c755', borderRadius: 4, height: 10, transition: 'width .5s', width: `${ratio * 100}%` }} />
      </div>
      {progress.lastError ? <div role="alert" style={{ color: '#b00020', marginTop: 6 }}>LINE のエラー: {progress.lastError}</div> : null}
      {active ? (
        <button onClick={cancel} style={{ marginTop: 8 }} type="button">
          配信を取り消す
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
