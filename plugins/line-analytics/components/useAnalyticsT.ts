import { useTranslation } from '@payloadcms/ui'

import type { Translate } from './format'

/** The plugin's messages in the admin's language (`plugin-line-analytics:…` in translations/{ja,en}.ts). */
export const useAnalyticsT = (): Translate => {
  const { t } = useTranslation()
  return (key, vars) => (t as (k: string, v?: Record<string, unknown>) => string)(`plugin-line-analytics:${key}`, vars)
}
