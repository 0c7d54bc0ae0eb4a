import type { AttributeOption } from '../types'

/** A list of residents' attribute values as select options, labelled in both admin languages. */
export const selectOptions = (list: AttributeOption[]) =>
  list.map(({ label, labelEn, value }) => ({ label: { en: labelEn ?? label, ja: label }, value }))

/** The Japanese label of a value (what residents read), or undefined for an unknown one. */
export const labelOf = (list: AttributeOption[], value: unknown): string | undefined => list.find((o) => o.value === value)?.label
