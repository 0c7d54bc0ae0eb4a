'use client'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { errorOf, useApiBase } from '@akita-dx/plugin-core/client'
import { useAnalyticsT } from './useAnalyticsT'

/** 「LINEの統計を今すぐ取得」: one read of the delivery's statistics now, then the view reloads its figures. */
export const RefreshInsightButton = ({ deliveryId }: { deliveryId: number | string }) => {
  const api = useApiBase()
  const router = useRouter()
  const t = useAnalyticsT()
  const [state, setState] = useState<{ busy?: boolean; message?: string }>({})
  const refresh = async () => {
    setState({ busy: true })
    try {
      const res = await fetch(`${api}/line-analytics/deliveries/${deliveryId}/insight`, { credentials: 'include', method: 'POST' })
      const body = await res.json().catch(() => ({}))
      setState({ message: res.ok ? t('refreshDone') : errorOf(body, res.status) })
      if (res.ok) router.refresh()
    } catch (error) {
      setState({ message: String(error) })
    }
  }
  return (
    <span style={{ marginLeft: 12 }}>
      <button disabled={state.busy} onClick={refresh} type="button">
        {t('refreshButton')}
      </button>
      {state.message ? (
        <span role="status" style={{ marginLeft: 8 }}>
          {state.message}
        </span>
      ) : null}
    </span>
  )
}
