import type { DateFieldValidation } from 'payload'

import { message, type TalentBankKey } from '../translations'

/** A date field that, when both are set, must not come before its sibling `fromField`. */
export const notBefore =
  (fromField: string, messageKey: TalentBankKey, required = false): DateFieldValidation =>
  (value, { req, siblingData }) => {
    if (!value) return required ? message(req, 'error.required') : true
    const from = (siblingData as Record<string, unknown>)[fromField]
    if (typeof from === 'string' && from && Date.parse(String(value)) < Date.parse(from)) return message(req, messageKey)
    return true
  }
