'use client'
import { useRowLabel } from '@payloadcms/ui'
import React from 'react'

import { useLineT } from './useLineT'

/** A step's row reads 「3日後：〇〇のご案内…」, not 「ステップ 02」: editors find a step by its day. */
export const StepRowLabel = () => {
  const t = useLineT()
  const { data, rowNumber } = useRowLabel<{ day?: null | number; text?: null | string }>()
  const day = typeof data?.day === 'number' ? t('stepDayLabel', { day: data.day }) : t('stepRowNew', { number: (rowNumber ?? 0) + 1 })
  const text = (data?.text ?? '').replace(/\s+/g, ' ').trim()
  return <span>{text ? `${day}：${Array.from(text).slice(0, 30).join('')}${Array.from(text).length > 30 ? '…' : ''}` : day}</span>
}
