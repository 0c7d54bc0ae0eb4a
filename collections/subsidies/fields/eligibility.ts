import type { Field } from 'payload'

/** Who may apply and how much they can get. */
export const eligibilityFields: Field[] = [
  {
    name: 'eligibleEntities',
    type: 'textarea',
    label: { en: 'Eligible applicants', ja: '対象者' },
  },
  {
    type: 'row',
    fields: [
      {
        name: 'employeeLimit',
        type: 'number',
        admin: { description: { en: 'Empty: no limit', ja: '空欄は制限なし' } },
        index: true,
        label: { en: 'Max. employees', ja: '従業員数の上限（人）' },
        min: 0,
      },
      {
        name: 'maxAmount',
        type: 'number',
        index: true,
        label: { en: 'Max. amount (yen)', ja: '上限額（円）' },
        min: 0,
      },
      {
        name: 'rateText',
        type: 'text',
        label: { en: 'Rate', ja: '補助率等' },
      },
    ],
  },
]
