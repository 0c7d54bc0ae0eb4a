'use client'
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useState } from 'react'

import { DELIVERY_CREATED_EVENT } from '../constants'
import { DeliveryProgressBar } from './DeliveryProgress'
import { SegmentPicker } from './SegmentPicker'
import { errorOf, postJson, useApiBase } from './useApi'
import { PreviewPane, usePreview } from './usePreview'

type Mode = 'live' | 'test'
type Created = { id: number | string; mode: Mode; scheduledAt?: string }

/**
 * 「LINEで配信」 on a source document's edit view: preview the message built from the saved
 * document, send a test to the editor's own LINE, or send it live to saved segments now or at
 * a set time, then follow each delivery's progress without leaving the page.
 */
export const SendOnLine = () => {
  const api = useApiBase()
  const { config } = useConfig()
  const { collectionSlug, docConfig, hasPublishedDoc, id, lastUpdateTime, savedDocumentData } = useDocumentInfo()
  const modified = useFormModified()
  const [mode, setMode] = useState<Mode>('test')
  const [segments, setSegments] = useState<(number | string)[]>([])
  const [count, setCount] = useState<number | undefined>()
  const [scheduledAt, setScheduledAt] = useState('')
  const [extraText, setExtraText] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState('')
  const [created, setCreated] = useState<Created[]>([])

  // Rebuilt after each save (lastUpdateTime): the preview is of the saved document.
  const preview = usePreview(id && collectionSlug ? { collection: collectionSlug, document: id, extraText, mode } : null, lastUpdateTime)

  if (!id) return <div className="field-type">保存すると、ここから LINE で配信できます。</div>

  // Residents get the published version; what is being typed or only saved as a draft is not sent live.
  const drafts = Boolean((docConfig as { versions?: { drafts?: unknown } } | undefined)?.versions?.drafts)
  const unpublished = drafts && !hasPublishedDoc
  const newerDraft = drafts && hasPublishedDoc && savedDocumentData?._status === 'draft'
  const blocked =
    sending || Boolean(preview.problems?.length) || (mode === 'live' && (segments.length === 0 || unpublished || count === undefined))

  const send = async () => {
    setError('')
    const when = scheduledAt ? new Date(scheduledAt) : undefined
    if (when && Number.isNaN(when.getTime())) return setError('配信予定日時が正しくありません')
    if (mode === 'live') {
      const at = when ? `${when.toLocaleString('ja-JP')} に` : '今すぐ'
      if (!window.confirm(`${(count ?? 0).toLocaleString('ja-JP')} 人に${at}本配信します。よろしいですか？`)) return
    }
    setSending(true)
    try {
      const { body, ok, status: code } = await postJson(`${api}/line-deliveries`, {
        collection: collectionSlug,
        document: String(id),
        extraText: extraText || undefined,
        mode,
        scheduledAt: when?.toISOString(),
        segments: mode === 'live' ? segments : [],
      })
      if (!ok) return setError(errorOf(body, code))
      setCreated((list) => [{ id: body.doc.id, mode, scheduledAt: body.doc.scheduledAt ?? undefined }, ...list])
      // Other panels on the page (click analytics' results) list this document's deliveries.
      window.dispatchEvent(new CustomEvent(DELIVERY_CREATED_EVENT, { detail: { id: body.doc.id } }))
    } catch (e) {
      setError(String(e))
    } finally {
      setSending(false)
    }
  }

  const admin = config.routes?.admin ?? '/admin'
  return (
    <div className="field-type" data-testid="line-send" style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, margin: '24px 0', padding: 16 }}>
      <h3 style={{ margin: '0 0 12px' }}>LINEで配信</h3>
      {modified ? <p style={{ color: '#5c4400' }}>⚠ 未保存の変更は配信に含まれません。先に保存してください。</p> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        <div style={{ flex: '1 1 320px', minWidth: 280 }}>
          <div role="radiogroup" style={{ display: 'flex', gap: 16, marginBottom: 12 }}>
            <label>
              <input checked={mode === 'test'} name="line-send-mode" onChange={() => setMode('test')} type="radio" /> テスト送信（自分の LINE のみ）
            </label>
            <label>
              <input checked={mode === 'live'} name="line-send-mode" onChange={() => setMode('live')} type="radio" /> 本配信
            </label>
          </div>
          {mode === 'live' ? (
            <>
              {unpublished ? <p role="alert" style={{ color: '#b00020' }}>公開されていない文書は本配信できません。先に公開してください。</p> : null}
              {newerDraft ? <p style={{ color: '#5c4400' }}>⚠ 未公開の下書きがあります。本配信されるのは公開中の版です。</p> : null}
              <SegmentPicker onChange={setSegments} onCount={setCount} selected={segments} />
              <label style={{ display: 'block', marginTop: 12 }}>
                配信予定日時（空欄なら今すぐ）
                <input onChange={(e) => setScheduledAt(e.target.value)} style={{ display: 'block' }} type="datetime-local" value={scheduledAt} />
              </label>
            </>
          ) : null}
          <label style={{ display: 'block', marginTop: 12 }}>
            追加のテキストメッセージ（任意）
            <textarea maxLength={5000} onChange={(e) => setExtraText(e.target.value)} rows={3} style={{ display: 'block', width: '100%' }} value={extraText} />
          </label>
          <div style={{ marginTop: 12 }}>
            <Button buttonStyle="primary" disabled={blocked} onClick={send} size="medium">
              {mode === 'test' ? 'テスト送信する' : scheduledAt ? '配信を予約する' : '本配信する'}
            </Button>
          </div>
          {error ? <p role="alert" style={{ color: '#b00020' }}>{error}</p> : null}
          {created.map((d) => (
            <div data-testid="line-send-created" key={d.id} style={{ borderTop: '1px solid var(--theme-elevation-100)', marginTop: 12, paddingTop: 8 }}>
              <a href={`${admin}/collections/line-deliveries/${d.id}`}>
                {d.mode === 'test' ? 'テスト送信' : '本配信'} #{d.id}
              </a>
              <DeliveryProgressBar id={d.id} />
            </div>
          ))}
        </div>
        <div data-testid="line-send-preview" style={{ flex: '0 0 auto' }}>
          <PreviewPane placeholder="プレビューを作成中…" preview={preview} title="プレビュー（保存済みの内容から、送信される JSON で表示）" />
        </div>
      </div>
    </div>
  )
}
