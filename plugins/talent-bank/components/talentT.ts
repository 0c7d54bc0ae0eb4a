import type { ServerProps } from 'payload'

import { message, type TalentBankKey } from '../translations'

/** The plugin's messages in the admin's language, for server components. */
export const talentT = (i18n: ServerProps['i18n'] | undefined) => (key: TalentBankKey, vars?: Record<string, unknown>) =>
  message({ t: i18n?.t as never }, key, vars)

export type ServerT = ReturnType<typeof talentT>
