'use client'
import { useFormFields } from '@payloadcms/ui'
import React from 'react'

import { useLineT } from './useLineT'
import { PreviewPane, usePreview } from './usePreview'

/**
 * The delivery's messages as a phone shows them. A saved delivery shows the stored JSON that was
 * (or will be) sent; a new one asks the server to build it from the chosen document.
 */
export const MessagePreview = () => {
  const t = useLineT()
  const stored = useFormFields(([fields]) => fields.messages?.value) as any[] | undefined
  const warnings = useFormFields(([fields]) => fields.messageWarnings?.value) as string[] | undefined
  const collection = useFormFields(([fields]) => fields.collection?.value)
  const document = useFormFields(([fields]) => fields.document?.value)
  const altText = useFormFields(([fields]) => fields.altText?.value)
  const extraText = useFormFields(([fields]) => fields.extraText?.value)
  const mode = useFormFields(([fields]) => fields.mode?.value)

  const hasStored = Array.isArray(stored) && stored.length > 0
  const built = usePreview(hasStored || !collection || !document ? null : { altText, collection, document, extraText, mode })
  return (
    <div className="field-type" data-testid="line-message-preview" style={{ marginBottom: 24 }}>
      <PreviewPane
        placeholder={t('previewChooseDocument')}
        preview={hasStored ? { messages: stored, warnings: warnings ?? [] } : built}
        title={t('previewTitle')}
      />
    </div>
  )
}
