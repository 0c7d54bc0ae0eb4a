'use client'
import { useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

/** 「LINEの統計を今すぐ取得」: one read of the delivery's statistics now, then the view reloads its figures. */
export const RefreshInsightButton = ({ deliveryId }: { deliveryId: number | string }) => {
  const { config } = useConfig()
  const router = useRouter()
  const [state, setState] = useState<{ busy?: boolean; message?: string }>({})
  const refresh = async () => {
    setState({ busy: true })
    try {
      const res = await fetch(`${config.serverURL ?? ''}${config.routes.api}/line-analytics/deliveries/${deliveryId}/insight`, {
        credentials: 'include',
        method: 'POST',
      })
      const body = await res.json().catch(() => ({}))
      setState({ message: res.ok ? '取得しました。' : (body.error ?? `HTTP ${res.status}`) })
      if (res.ok) router.refresh()
    } catch (error) {
      setState({ message: String(error) })
    }
  }
  return (
    <span style={{ marginLeft: 12 }}>
      <button disabled={state.busy} onClick={refresh} type="button">
        LINEの統計を今すぐ取得
      </button>
      {state.message ? <span role="status" style={{ marginLeft: 8 }}>{state.message}</span> : null}
    </span>
  )
}
