'use client'
import { formatJstDate, jstDayStart } from '@akita-dx/plugin-core/shared'
import { useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { useApiBase } from '@akita-dx/plugin-core/client'
import { useAnalyticsT } from './useAnalyticsT'

type Info = {
  hidden: boolean
  minimum: number
  pastHidden: { day: null | string; id: number | string; recipients: number; title: string }[]
  recipients: number
}

/** Warns that LINE will hide this segment's statistics (under 20 people), and lists past sends that came back hidden. */
export const SegmentWarning = () => {
  const { id } = useDocumentInfo()
  const api = useApiBase()
  const t = useAnalyticsT()
  const [info, setInfo] = useState<Info | null>(null)
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`${api}/line-analytics/segments/${id}`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => (res.ok ? setInfo(await res.json()) : null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, id])
  if (!info || (!info.hidden && info.pastHidden.length === 0)) return null
  const past = info.pastHidden.map((d) =>
    d.day
      ? t('segmentPastItemDay', { day: formatJstDate(jstDayStart(d.day)), recipients: d.recipients, title: d.title })
      : t('segmentPastItem', { recipients: d.recipients, title: d.title }),
  )
  return (
    <div
      data-testid="line-analytics-segment-warning"
      role="alert"
      style={{ background: '#fff4d6', borderRadius: 4, color: '#5c4400', margin: '8px 0 16px', padding: '8px 12px' }}
    >
      {info.hidden ? <div>⚠ {t('segmentWarning', { minimum: info.minimum, recipients: info.recipients })}</div> : null}
      {past.length > 0 ? <div>{t('segmentPastHidden', { list: past.join(t('segmentPastSeparator')) })}</div> : null}
    </div>
  )
}
