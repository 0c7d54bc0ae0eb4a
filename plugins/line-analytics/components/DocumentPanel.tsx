'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { DELIVERY_CREATED_EVENT } from '../../line/constants'
import { figure, percent } from './format'

type Delivery = {
  clickRate: null | number
  clicks: number
  delivered: null | number
  id: number | string
  lineStatistics: 'pending' | 'ready'
  openRate: null | number
  recipients: number
  startedAt: null | string
  status: string
  uniqueClicks: number
  uniqueImpressions: null | number
}

/** The announcement's LINE deliveries and how they did, on its edit view. */
export const DocumentPanel = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const [state, setState] = useState<{ deliveries?: Delivery[]; error?: string }>({})
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const reload = () => setVersion((v) => v + 1)
    window.addEventListener(DELIVERY_CREATED_EVENT, reload)
    return () => window.removeEventListener(DELIVERY_CREATED_EVENT, reload)
  }, [])
  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    fetch(`${config.serverURL ?? ''}${config.routes.api}/line-analytics/documents/${collectionSlug}/${id}`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const body = await res.json()
        setState(res.ok ? { deliveries: body.deliveries } : { error: body.error ?? `HTTP ${res.status}` })
      })
      .catch((error) => {
        if (!controller.signal.aborted) setState({ error: String(error) })
      })
    return () => controller.abort()
  }, [collectionSlug, config.routes.api, config.serverURL, id, version])

  if (!id) return null
  return (
    <div className="field-type" data-testid="line-analytics-document" style={{ background: 'var(--theme-elevation-50)', borderRadius: 6, margin: '16px 0', padding: 12 }}>
      <strong>LINE配信の効果</strong>
      {state.error ? <p>{state.error}</p> : null}
      {!state.error && !state.deliveries ? <p>読み込み中…</p> : null}
      {state.deliveries?.length === 0 ? <p>まだ LINE で配信していません。</p> : null}
      {state.deliveries && state.deliveries.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', fontSize: 13, marginTop: 8, width: '100%' }}>
          <thead>
            <tr>
              {['配信日時', '配信対象', '配信数', '開封者（LINE）', '開封率', 'クリック', 'クリック率', ''].map((h) => (
                <th key={h} style={{ padding: '2px 6px', textAlign: 'left' }}>{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.deliveries.map((d) => (
              <tr key={d.id}>
                <td style={{ padding: '2px 6px' }}>{d.startedAt ? d.startedAt.slice(0, 16).replace('T', ' ') : '予約中'}</td>
                <td style={{ padding: '2px 6px' }}>{figure(d.recipients)}</td>
                <td style={{ padding: '2px 6px' }}>{figure(d.delivered)}</td>
                <td style={{ padding: '2px 6px' }}>{figure(d.uniqueImpressions, d.lineStatistics === 'pending')}</td>
                <td style={{ padding: '2px 6px' }}>{percent(d.openRate)}</td>
                <td style={{ padding: '2px 6px' }}>{figure(d.clicks)}（{figure(d.uniqueClicks)} 人）</td>
                <td style={{ padding: '2px 6px' }}>{percent(d.clickRate)}</td>
                <td style={{ padding: '2px 6px' }}>
                  <a href={`/admin/line-analytics?delivery=${d.id}`}>詳細</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
