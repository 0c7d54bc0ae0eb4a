'use client'
import { useTranslation } from '@payloadcms/ui'

import type { LineTranslationKey } from '../translations'

/** The plugin's messages in the admin's language (`plugin-line:…` in translations/{ja,en}.ts). */
export const useLineT = () => {
  const { t } = useTranslation()
  return (key: LineTranslationKey, vars?: Record<string, unknown>) =>
    (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-line:${key}`, vars)
}
