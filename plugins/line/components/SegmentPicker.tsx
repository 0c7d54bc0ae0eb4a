'use client'
import { formatNumber } from '@akita-dx/plugin-core/shared'
import React, { useEffect, useState } from 'react'

import { CountWarnings } from './CountWarnings'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

type Segment = { id: number | string; name: string }
type Count = { count?: number; error?: string; warnings: { code: string; message: string }[] }

/**
 * The saved segments as checkboxes, with the number of followers the chosen ones reach together
 * (their union, as the delivery will freeze it) and LINE's small-audience warnings.
 */
export const SegmentPicker = ({
  onChange,
  onCount,
  selected,
}: {
  onChange: (ids: (number | string)[]) => void
  onCount: (count: number | undefined) => void
  selected: (number | string)[]
}) => {
  const api = useApiBase()
  const t = useLineT()
  const [segments, setSegments] = useState<{ error?: string; list?: Segment[] }>({})
  const [count, setCount] = useState<Count>({ warnings: [] })

  useEffect(() => {
    const controller = new AbortController()
    fetch(`${api}/line-segments?depth=0&limit=100&sort=name&select[name]=true`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const body = await res.json()
        setSegments(res.ok ? { list: body.docs } : { error: errorOf(body, res.status) })
      })
      .catch((error) => {
        if (!controller.signal.aborted) setSegments({ error: String(error) })
      })
    return () => controller.abort()
  }, [api])

  const key = selected.map(String).sort().join(',')
  useEffect(() => {
    onCount(undefined)
    if (!key) {
      setCount({ warnings: [] })
      return
    }
    const controller = new AbortController()
    postJson(`${api}/line-segments/count`, { segments: key.split(',') }, controller.signal)
      .then(({ body, ok, status }) => {
        if (!ok) return setCount({ error: errorOf(body, status), warnings: [] })
        setCount({ count: body.count, warnings: body.warnings ?? [] })
        onCount(body.count)
      })
      .catch((error) => {
        if (!controller.signal.aborted) setCount({ error: String(error), warnings: [] })
      })
    return () => controller.abort()
  }, [api, key, onCount])

  const toggle = (id: number | string) =>
    onChange(selected.some((s) => String(s) === String(id)) ? selected.filter((s) => String(s) !== String(id)) : [...selected, id])

  if (segments.error) return <div role="alert">{segments.error}</div>
  if (!segments.list) return <div>{t('pickerLoading')}</div>
  if (segments.list.length === 0) return <div>{t('pickerEmpty')}</div>
  return (
    <fieldset data-testid="line-send-segments" style={{ border: 0, margin: 0, padding: 0 }}>
      <legend style={{ fontSize: 13, marginBottom: 4 }}>{t('pickerLegend')}</legend>
      {segments.list.map((segment) => (
        <label key={segment.id} style={{ display: 'block', margin: '2px 0' }}>
          <input
            checked={selected.some((s) => String(s) === String(segment.id))}
            onChange={() => toggle(segment.id)}
            style={{ marginRight: 6 }}
            type="checkbox"
          />
          {segment.name}
        </label>
      ))}
      <div aria-live="polite" data-testid="line-send-count" style={{ fontWeight: 700, marginTop: 6 }}>
        {key
          ? count.error
            ? count.error
            : count.count === undefined
              ? t('pickerCounting')
              : t('pickerCount', { count: formatNumber(count.count) })
          : ''}
      </div>
      <CountWarnings compact warnings={count.warnings} />
    </fieldset>
  )
}
