'use client'
import { useTranslation } from '@payloadcms/ui'

import type { NotificationsKey } from '../translations'

/** The plugin's messages in the admin's language (`plugin-notifications:…` in translations/{ja,en}.ts). */
export const useNoticeT = () => {
  const { t } = useTranslation()
  return (key: NotificationsKey, vars?: Record<string, unknown>) =>
    (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-notifications:${key}`, vars)
}
