'use client'
import { useField } from '@payloadcms/ui'
import React from 'react'

import { useLineT } from './useLineT'

type Props = { field?: { maxLength?: number }; path: string }

/**
 * 「42 / 120 文字」 under a text a LINE message is built from, red past the limit: editors see the
 * limit while they write, not first when they publish or send. Characters as LINE counts them
 * (code points, so 𠮷 is one).
 */
export const LengthCounter = ({ field, path }: Props) => {
  const t = useLineT()
  const { value } = useField<string>({ path })
  const max = field?.maxLength
  if (!max) return null
  const length = [...(typeof value === 'string' ? value : '')].length
  const over = length > max
  return (
    <div
      aria-live="polite"
      data-testid={`length-${path}`}
      style={{ color: over ? 'var(--theme-error-500)' : 'var(--theme-elevation-500)', fontSize: 12, marginTop: 4, textAlign: 'right' }}
    >
      {t(over ? 'lengthOver' : 'lengthCount', { length, max, over: length - max })}
    </div>
  )
}
