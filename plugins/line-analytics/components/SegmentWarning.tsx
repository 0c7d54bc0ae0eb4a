'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Info = { hidden: boolean; minimum: number; pastHidden: { day: null | string; id: number | string; recipients: number; title: string }[]; recipients: number }

/** Warns that LINE will hide this segment's statistics (under 20 people), and lists past sends that came back hidden. */
export const SegmentWarning = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const [info, setInfo] = useState<Info | null>(null)
  useEffect(() => {
    if (!id) return
    const controller = new AbortController()
    fetch(`${config.serverURL ?? ''}${config.routes.api}/line-analytics/segments/${id}`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => (res.ok ? setInfo(await res.json()) : null))
      .catch(() => undefined)
    return () => controller.abort()
  }, [config.routes.api, config.serverURL, id])
  if (!info || (!info.hidden && info.pastHidden.length === 0)) return null
  return (
    <div data-testid="line-analytics-segment-warning" role="alert" style={{ background: '#fff4d6', borderRadius: 4, color: '#5c4400', margin: '8px 0 16px', padding: '8px 12px' }}>
      {info.hidden ? (
        <div>
          ⚠ このセグメントは現在 {info.recipients} 人で {info.minimum} 人未満です。LINE の開封数・クリック数は「20未満のため非公開」となり、計測できるのは計測リンクのクリックだけです。
        </div>
      ) : null}
      {info.pastHidden.length > 0 ? (
        <div>
          過去の配信で統計が非公開になったもの: {info.pastHidden.map((d) => `${d.title}（${d.recipients}人${d.day ? `、${d.day}` : ''}）`).join('、')}
        </div>
      ) : null}
    </div>
  )
}
