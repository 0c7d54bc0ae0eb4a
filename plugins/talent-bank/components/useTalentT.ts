'use client'
import { useTranslation } from '@payloadcms/ui'

import type { TalentBankKey } from '../translations'

/** The plugin's messages in the admin's language (`plugin-talent-bank:…` in translations/{ja,en}.ts). */
export const useTalentT = () => {
  const { t } = useTranslation()
  return (key: TalentBankKey, vars?: Record<string, unknown>) =>
    (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-talent-bank:${key}`, vars)
}

export type TalentT = ReturnType<typeof useTalentT>
