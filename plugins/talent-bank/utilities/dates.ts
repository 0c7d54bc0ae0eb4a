import type { DateFieldValidation } from 'payload'

/** A date field that, when both are set, must not come before its sibling `fromField`. */
export const notBefore =
  (fromField: string, message: string, required = false): DateFieldValidation =>
  (value, { siblingData }) => {
    if (!value) return required ? '必須項目です' : true
    const from = (siblingData as Record<string, unknown>)[fromField]
    if (typeof from === 'string' && from && Date.parse(String(value)) < Date.parse(from)) return message
    return true
  }
