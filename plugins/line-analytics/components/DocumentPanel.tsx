'use client'
import { formatJstDateTime } from '@akita-dx/plugin-core/shared'
import { DELIVERY_CREATED_EVENT } from '@akita-dx/plugin-line/client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import type { DeliveryFigures } from '../dashboard/types'
import { figureFormat, percent } from './format'
import { errorOf, useApiBase } from '@akita-dx/plugin-core/client'
import { useAnalyticsT } from './useAnalyticsT'

type State = { deliveries?: DeliveryFigures[]; error?: string }

const td: React.CSSProperties = { padding: '2px 6px' }

/** The document's live deliveries, reloaded when the 「LINEで配信」 panel creates one. */
const useDeliveries = (collectionSlug: string | undefined, id: number | string | undefined): State => {
  const api = useApiBase()
  const [state, setState] = useState<State>({})
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const reload = () => setVersion((v) => v + 1)
    window.addEventListener(DELIVERY_CREATED_EVENT, reload)
    return () => window.removeEventListener(DELIVERY_CREATED_EVENT, reload)
  }, [])
  useEffect(() => {
    if (!id || !collectionSlug) return
    const controller = new AbortController()
    fetch(`${api}/line-analytics/documents/${collectionSlug}/${id}`, { credentials: 'include', signal: controller.signal })
      .then(async (res) => {
        const body = await res.json()
        setState(res.ok ? { deliveries: body.deliveries } : { error: errorOf(body, res.status) })
      })
      .catch((error) => {
        if (!controller.signal.aborted) setState({ error: String(error) })
      })
    return () => controller.abort()
  }, [api, collectionSlug, id, version])
  return state
}

/** 「LINE配信の効果」: the document's LINE deliveries and how they did, on its edit view. */
export const DocumentPanel = () => {
  const { collectionSlug, id } = useDocumentInfo()
  const { config } = useConfig()
  const t = useAnalyticsT()
  const figure = figureFormat(t)
  const state = useDeliveries(collectionSlug, id)
  if (!id) return null
  const headers = [
    t('columnSentAt'),
    t('columnRecipients'),
    t('columnDelivered'),
    t('columnOpened'),
    t('columnOpenRate'),
    t('columnClicks'),
    t('columnClickRate'),
    '',
  ]
  return (
    <div
      className="field-type"
      data-testid="line-analytics-document"
      style={{ background: 'var(--theme-elevation-50)', borderRadius: 6, margin: '16px 0', padding: 12 }}
    >
      <strong>{t('documentPanel')}</strong>
      {state.error ? <p>{state.error}</p> : null}
      {!state.error && !state.deliveries ? <p>{t('documentLoading')}</p> : null}
      {state.deliveries?.length === 0 ? <p>{t('documentNone')}</p> : null}
      {state.deliveries && state.deliveries.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', fontSize: 13, marginTop: 8, width: '100%' }}>
          <thead>
            <tr>
              {headers.map((h) => (
                <th key={h} style={{ ...td, textAlign: 'left' }}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {state.deliveries.map((d) => (
              <tr key={d.id}>
                <td style={td}>{d.startedAt ? formatJstDateTime(d.startedAt) : t('documentScheduled')}</td>
                <td style={td}>{figure(d.recipients)}</td>
                <td style={td}>{figure(d.delivered)}</td>
                <td style={td}>{figure(d.uniqueImpressions, d.lineStatistics === 'pending')}</td>
                <td style={td}>{percent(d.openRate)}</td>
                <td style={td}>{t('documentClicks', { clickers: figure(d.uniqueClicks), clicks: figure(d.clicks) })}</td>
                <td style={td}>{percent(d.clickRate)}</td>
                <td style={td}>
                  <a href={`${config.routes.admin}/line-analytics?delivery=${d.id}`}>{t('documentDetails')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
