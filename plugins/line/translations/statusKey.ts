import type { LineTranslationKey } from './index'

/** The label key of a delivery status: `awaiting_approval` → `statusAwaitingApproval`. */
export const deliveryStatusKey = (status: string) =>
  `status${status.replace(/(^|_)(\w)/g, (_, __, letter: string) => letter.toUpperCase())}` as LineTranslationKey
