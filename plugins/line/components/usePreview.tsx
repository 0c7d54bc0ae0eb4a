'use client'
import React, { useEffect, useState } from 'react'

import { FlexPreview } from './FlexPreview'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

export type Preview = { error?: string; messages?: any[]; problems?: { message: string; path: string }[]; warnings?: string[] }

export type PreviewInput = { altText?: unknown; collection: unknown; document: unknown; extraText?: unknown; mode?: unknown }

/**
 * The messages the server would send for `input` (null: none wanted), rebuilt 400 ms after the
 * input or `refreshKey` last changed. An earlier request is aborted, so a slower answer for an
 * earlier input never replaces the current one.
 */
export const usePreview = (input: null | PreviewInput, refreshKey?: unknown): Preview => {
  const api = useApiBase()
  const [preview, setPreview] = useState<Preview>({})
  const key = input ? JSON.stringify(input) : ''
  useEffect(() => {
    if (!key) return
    const controller = new AbortController()
    const timer = setTimeout(() => {
      postJson(`${api}/line-deliveries/preview`, JSON.parse(key), controller.signal)
        .then(({ body, ok, status }) => !controller.signal.aborted && setPreview(ok ? body : { error: errorOf(body, status) }))
        .catch((error) => !controller.signal.aborted && setPreview({ error: String(error) }))
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, key, refreshKey])
  return preview
}

/** A preview as a phone shows it, with LINE-limit problems and what was left out. */
export const PreviewPane = ({ placeholder, preview, title }: { placeholder: string; preview: Preview; title: string }) => {
  const t = useLineT()
  return (
    <>
      <div style={{ fontSize: 13, marginBottom: 6 }}>{title}</div>
      {preview.error ? (
        <div role="alert" style={{ color: '#b00020' }}>
          {preview.error}
        </div>
      ) : null}
      {(preview.problems ?? []).map((p) => (
        <div key={p.path + p.message} role="alert" style={{ color: '#b00020' }}>
          ✕ {p.path}: {p.message}
        </div>
      ))}
      {(preview.warnings ?? []).map((w) => (
        <div key={w} style={{ color: '#5c4400' }}>
          ⚠ {w}
        </div>
      ))}
      {preview.messages?.length ? (
        <FlexPreview messages={preview.messages} notification={t('previewNotification')} />
      ) : preview.error ? null : (
        <div>{placeholder}</div>
      )}
    </>
  )
}
