'use client'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { FlexPreview } from './FlexPreview'
import { useApiBase } from './useApi'

type Preview = { error?: string; messages?: any[]; problems?: { message: string; path: string }[]; warnings?: string[] }

/**
 * The delivery's messages as a phone shows them. A saved delivery shows the stored JSON that was
 * (or will be) sent; a new one asks the server to build it from the chosen document.
 */
export const MessagePreview = () => {
  const api = useApiBase()
  const stored = useFormFields(([fields]) => fields.messages?.value) as any[] | undefined
  const warnings = useFormFields(([fields]) => fields.messageWarnings?.value) as string[] | undefined
  const collection = useFormFields(([fields]) => fields.collection?.value)
  const document = useFormFields(([fields]) => fields.document?.value)
  const altText = useFormFields(([fields]) => fields.altText?.value)
  const extraText = useFormFields(([fields]) => fields.extraText?.value)
  const mode = useFormFields(([fields]) => fields.mode?.value)
  const [preview, setPreview] = useState<Preview>({})

  const hasStored = Array.isArray(stored) && stored.length > 0
  useEffect(() => {
    if (hasStored || !collection || !document) return
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      try {
        const res = await fetch(`${api}/line-deliveries/preview`, {
          body: JSON.stringify({ altText, collection, document, extraText, mode }),
          credentials: 'include',
          headers: { 'content-type': 'application/json' },
          method: 'POST',
          signal: controller.signal,
        })
        const body = await res.json()
        setPreview(res.ok ? body : { error: body.error ?? `HTTP ${res.status}` })
      } catch (error) {
        if (!controller.signal.aborted) setPreview({ error: String(error) })
      }
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, hasStored, collection, document, altText, extraText, mode])

  const messages = hasStored ? stored : preview.messages
  const notes = hasStored ? (warnings ?? []) : (preview.warnings ?? [])
  return (
    <div className="field-type" data-testid="line-message-preview" style={{ marginBottom: 24 }}>
      <div style={{ fontSize: 13, marginBottom: 6 }}>プレビュー（送信される JSON から表示）</div>
      {preview.error && !hasStored ? <div style={{ color: '#b00020' }}>{preview.error}</div> : null}
      {(preview.problems ?? []).map((p) => (
        <div key={p.path + p.message} role="alert" style={{ color: '#b00020' }}>
          ✕ {p.path}: {p.message}
        </div>
      ))}
      {notes.map((w) => (
        <div key={w} style={{ color: '#5c4400' }}>
          ⚠ {w}
        </div>
      ))}
      {messages?.length ? <FlexPreview messages={messages} /> : !preview.error ? <div>文書を選ぶとプレビューが表示されます。</div> : null}
    </div>
  )
}
