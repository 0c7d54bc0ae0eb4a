'use client'
import { useTranslation } from '@payloadcms/ui'

import type { IdeaBoxKey } from '../translations'

/** The plugin's messages in the admin's language (`plugin-idea-box:…` in translations/{ja,en}.ts). */
export const useIdeaT = () => {
  const { t } = useTranslation()
  return (key: IdeaBoxKey | `${'stance' | 'state'}.${string}`, vars?: Record<string, unknown>) =>
    (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-idea-box:${key}`, vars)
}

export type IdeaT = ReturnType<typeof useIdeaT>
