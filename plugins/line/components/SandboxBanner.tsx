import React from 'react'

import { lineClientConfig } from '../clientConfig'

const style: React.CSSProperties = {
  background: '#fff4d6',
  border: '1px solid #e0b84c',
  borderRadius: 4,
  color: '#5c4400',
  fontSize: 13,
  margin: '0 0 12px',
  padding: '8px 12px',
}

/** Tells editors that LINE sends go to the local emulator, not to residents' phones. */
export const SandboxBanner = () => {
  const config = lineClientConfig()
  if (!config.sandbox) return null
  return (
    <div role="status" style={style}>
      <strong>LINE サンドボックスモード</strong>（sandbox mode）: LINE チャネルが未設定のため、配信はすべてローカルの
      エミュレーター（{config.baseURL}）に送られ、県民のスマートフォンには届きません。
    </div>
  )
}

/** The same notice, compact, above the admin header on every page. */
export const SandboxHeader = () => {
  const config = lineClientConfig()
  if (!config.sandbox) return null
  return (
    <div role="status" style={{ ...style, borderRadius: 0, margin: 0, padding: '4px 12px', textAlign: 'center' }}>
      LINE サンドボックスモード — 配信はエミュレーター（{config.baseURL}）に送られます
    </div>
  )
}
