'use client'
import { formatJstDateTime, formatNumber, parseJstDateTimeLocal } from '@akita-dx/plugin-core/shared'
import { Button, useConfig, useDocumentInfo, useFormModified } from '@payloadcms/ui'
import React, { useState } from 'react'

import { DELIVERY_CREATED_EVENT } from '../exports/constants'
import { DeliveryProgressBar } from './DeliveryProgress'
import { SegmentPicker } from './SegmentPicker'
import { ErrorText } from '@akita-dx/plugin-core/client'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'
import { PreviewPane, usePreview } from './usePreview'

type Mode = 'live' | 'test'
type Created = { id: number | string; mode: Mode }
type T = ReturnType<typeof useLineT>

const ModeChoice = ({ mode, onChange, t }: { mode: Mode; onChange: (mode: Mode) => void; t: T }) => (
  <div role="radiogroup" style={{ display: 'flex', gap: 16, marginBottom: 12 }}>
    <label>
      <input checked={mode === 'test'} name="line-send-mode" onChange={() => onChange('test')} type="radio" /> {t('sendModeTest')}
    </label>
    <label>
      <input checked={mode === 'live'} name="line-send-mode" onChange={() => onChange('live')} type="radio" /> {t('sendModeLive')}
    </label>
  </div>
)

/** The deliveries started from this panel, each with its progress. */
const CreatedList = ({ created, t }: { created: Created[]; t: T }) => {
  const { config } = useConfig()
  const admin = config.routes?.admin ?? '/admin'
  return created.map((d) => (
    <div
      data-testid="line-send-created"
      key={d.id}
      style={{ borderTop: '1px solid var(--theme-elevation-100)', marginTop: 12, paddingTop: 8 }}
    >
      <a href={`${admin}/collections/line-deliveries/${d.id}`}>
        {t(d.mode === 'test' ? 'sendCreatedTest' : 'sendCreatedLive', { id: d.id })}
      </a>
      <DeliveryProgressBar id={d.id} />
    </div>
  ))
}

const buttonLabel = (mode: Mode, approvalRequired: boolean, scheduled: boolean) => {
  if (mode === 'test') return 'sendButtonTest'
  if (approvalRequired) return 'sendButtonRequest'
  return scheduled ? 'sendButtonSchedule' : 'sendButtonLive'
}

/** Residents get the published version; what is only saved as a draft is not sent live. */
const usePublication = () => {
  const { docConfig, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const drafts = Boolean((docConfig as { versions?: { drafts?: unknown } } | undefined)?.versions?.drafts)
  return { newerDraft: drafts && hasPublishedDoc && savedDocumentData?._status === 'draft', unpublished: drafts && !hasPublishedDoc }
}

/** The field a hook's refusal names (Payload's validation shape: `errors[0].data.errors[0].path`). */
const refusedField = (body: any): string | undefined => body?.errors?.[0]?.data?.errors?.[0]?.path

/**
 * 「LINEで配信」 on a source document's edit view: preview the message built from the saved
 * document, send a test to the editor's own LINE, or send it live to saved segments now or at
 * a set time, then follow each delivery's progress without leaving the page.
 */
export const SendOnLine = ({ approvalRequired = false }: { approvalRequired?: boolean }) => {
  const api = useApiBase()
  const t = useLineT()
  const { collectionSlug, id, lastUpdateTime } = useDocumentInfo()
  const modified = useFormModified()
  const { newerDraft, unpublished } = usePublication()
  const [mode, setMode] = useState<Mode>('test')
  const [segments, setSegments] = useState<(number | string)[]>([])
  const [count, setCount] = useState<number | undefined>()
  const [scheduledAt, setScheduledAt] = useState('')
  const [extraText, setExtraText] = useState('')
  const [sending, setSending] = useState(false)
  const [error, setError] = useState('')
  const [created, setCreated] = useState<Created[]>([])
  // Shown once the server said the segments reach beyond the document's 対象市町村.
  const [outside, setOutside] = useState(false)
  const [override, setOverride] = useState(false)
  // Rebuilt after each save (lastUpdateTime): the preview is of the saved document.
  const preview = usePreview(id && collectionSlug ? { collection: collectionSlug, document: id, extraText, mode } : null, lastUpdateTime)

  if (!id) return <div className="field-type">{t('sendSaveFirst')}</div>
  const blocked =
    sending || Boolean(preview.problems?.length) || (mode === 'live' && (segments.length === 0 || unpublished || count === undefined))

  const send = async () => {
    setError('')
    // The editor types Japan time, whatever zone the browser is set to.
    const when = scheduledAt ? parseJstDateTimeLocal(scheduledAt) : undefined
    if (when === null) return setError(t('sendBadDate'))
    const at = when ? t('sendConfirmAt', { at: formatJstDateTime(when) }) : t('sendConfirmNow')
    const confirmKey = approvalRequired ? 'sendConfirmRequest' : 'sendConfirm'
    if (mode === 'live' && !window.confirm(t(confirmKey, { at, count: formatNumber(count ?? 0) }))) return
    setSending(true)
    try {
      const request = {
        collection: collectionSlug,
        document: String(id),
        extraText: extraText || undefined,
        mode,
        scheduledAt: when?.toISOString(),
        municipalityOverride: mode === 'live' && override ? true : undefined,
        segments: mode === 'live' ? segments : [],
      }
      const { body, ok, status } = await postJson(`${api}/line-deliveries`, request)
      if (!ok) {
        if (refusedField(body) === 'municipalityOverride') setOutside(true)
        return setError(errorOf(body, status))
      }
      setCreated((list) => [{ id: body.doc.id, mode }, ...list])
      // Other panels on the page (click analytics' results) list this document's deliveries.
      window.dispatchEvent(new CustomEvent(DELIVERY_CREATED_EVENT, { detail: { id: body.doc.id } }))
    } catch (e) {
      setError(String(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <div
      className="field-type"
      data-testid="line-send"
      style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 6, margin: '24px 0', padding: 16 }}
    >
      <h3 style={{ margin: '0 0 12px' }}>{t('sendPanel')}</h3>
      {modified ? <p style={{ color: '#5c4400' }}>⚠ {t('sendUnsaved')}</p> : null}
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 24 }}>
        <div style={{ flex: '1 1 320px', minWidth: 280 }}>
          <ModeChoice mode={mode} onChange={setMode} t={t} />
          {mode === 'live' ? (
            <>
              <ErrorText>{unpublished ? t('sendUnpublished') : null}</ErrorText>
              {newerDraft ? <p style={{ color: '#5c4400' }}>⚠ {t('sendNewerDraft')}</p> : null}
              {approvalRequired ? <p>{t('sendApprovalNote')}</p> : null}
              <SegmentPicker onChange={setSegments} onCount={setCount} selected={segments} />
              {outside ? (
                <label style={{ display: 'block', marginTop: 12 }}>
                  <input checked={override} onChange={(e) => setOverride(e.target.checked)} type="checkbox" /> {t('sendOutsideTarget')}
                </label>
              ) : null}
              <label style={{ display: 'block', marginTop: 12 }}>
                {t('sendScheduledAt')}
                <input
                  onChange={(e) => setScheduledAt(e.target.value)}
                  style={{ display: 'block' }}
                  type="datetime-local"
                  value={scheduledAt}
                />
              </label>
            </>
          ) : null}
          <label style={{ display: 'block', marginTop: 12 }}>
            {t('sendExtraText')}
            <textarea
              maxLength={5000}
              onChange={(e) => setExtraText(e.target.value)}
              rows={3}
              style={{ display: 'block', width: '100%' }}
              value={extraText}
            />
          </label>
          <div style={{ marginTop: 12 }}>
            <Button buttonStyle="primary" disabled={blocked} onClick={send} size="medium">
              {t(buttonLabel(mode, approvalRequired, Boolean(scheduledAt)))}
            </Button>
          </div>
          <ErrorText>{error}</ErrorText>
          <CreatedList created={created} t={t} />
        </div>
        <div data-testid="line-send-preview" style={{ flex: '0 0 auto' }}>
          <PreviewPane placeholder={t('previewBuilding')} preview={preview} title={t('previewTitleSaved')} />
        </div>
      </div>
    </div>
  )
}
