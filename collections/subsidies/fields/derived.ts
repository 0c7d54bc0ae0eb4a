import type { Field } from 'payload'

/**
 * Columns the public API filters and sorts on, kept by the collection's beforeChange hook.
 * One normalised search column instead of five ORed LIKEs, and sort keys without NULLs because
 * SQLite and PostgreSQL order NULLs differently.
 */
export const derivedFields: Field[] = [
  {
    name: 'searchText',
    type: 'text',
    admin: { hidden: true },
    label: { en: 'Search text', ja: '検索用テキスト' },
  },
  {
    // "Every industry" as a flag: an empty hasMany select cannot be queried cheaply as empty.
    name: 'anyIndustry',
    type: 'checkbox',
    admin: { hidden: true },
    defaultValue: true,
    index: true,
    label: { en: 'Open to every industry', ja: '業種を問わない' },
  },
  {
    name: 'sortDeadline',
    type: 'date',
    admin: { hidden: true },
    index: true,
    label: { en: 'Deadline sort key', ja: '締切の並び順' },
  },
  {
    name: 'sortAmount',
    type: 'number',
    admin: { hidden: true },
    index: true,
    label: { en: 'Amount sort key', ja: '金額の並び順' },
  },
]
