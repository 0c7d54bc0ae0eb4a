'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useApiBase } from '@akita-dx/plugin-core/client'
import React from 'react'

import { STAFF_NOTICES } from '../constants'

/** The title opens what the notice is about (marking it read on the way); unread ones stand out. */
export const NoticeTitleCell = ({ cellData, rowData }: DefaultCellComponentProps) => {
  const api = useApiBase()
  const unread = !rowData?.readAt
  return (
    <a data-unread={unread || undefined} href={`${api}/${STAFF_NOTICES}/${rowData?.id}/open`} style={{ fontWeight: unread ? 700 : 400 }}>
      {String(cellData ?? '')}
    </a>
  )
}
