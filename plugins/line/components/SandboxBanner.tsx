import type { ServerProps } from 'payload'

import React from 'react'

import { lineClientConfig } from '../client/config'
import { type LineTranslationKey, lineT } from '../translations'

const style: React.CSSProperties = {
  background: '#fff4d6',
  border: '1px solid #e0b84c',
  borderRadius: 4,
  color: '#5c4400',
  fontSize: 13,
  margin: '0 0 12px',
  padding: '8px 12px',
}

type Props = Partial<Pick<ServerProps, 'i18n'>>

const tr = (props: Props, key: LineTranslationKey, vars: Record<string, unknown>) => lineT({ t: props.i18n?.t as never }, key, vars)

/** Tells editors that LINE sends go to the local emulator, not to residents' phones. */
export const SandboxBanner = (props: Props) => {
  const config = lineClientConfig()
  if (!config.sandbox) return null
  return (
    <div role="status" style={style}>
      <strong>{tr(props, 'sandboxTitle', {})}</strong> {tr(props, 'sandboxBody', { url: config.baseURL })}
    </div>
  )
}

/** The same notice, compact, above the admin header on every page. */
export const SandboxHeader = (props: Props) => {
  const config = lineClientConfig()
  if (!config.sandbox) return null
  return (
    <div role="status" style={{ ...style, borderRadius: 0, margin: 0, padding: '4px 12px', textAlign: 'center' }}>
      {tr(props, 'sandboxHeader', { url: config.baseURL })}
    </div>
  )
}
