import type { Field } from 'payload'

const httpUrl = (value: unknown) => {
  if (value === null || value === undefined || value === '') return true
  try {
    const url = new URL(String(value))
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'http(s) の URL を入力してください'
  } catch {
    return 'URL の形式が正しくありません / not a valid URL'
  }
}

/** How to apply and whom to ask. */
export const applicationFields: Field[] = [
  {
    name: 'applicationMethod',
    type: 'textarea',
    label: { en: 'How to apply', ja: '申請方法' },
  },
  {
    name: 'applicationUrl',
    type: 'text',
    label: { en: 'Application / information URL', ja: '申請・詳細ページ URL' },
    validate: httpUrl,
  },
  {
    name: 'inquiry',
    type: 'group',
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'section', type: 'text', label: { en: 'Section', ja: '担当窓口' } },
          { name: 'tel', type: 'text', label: { en: 'Phone', ja: '電話番号' } },
          { name: 'email', type: 'email', label: { en: 'Email', ja: 'メール' } },
        ],
      },
    ],
    label: { en: 'Inquiries', ja: 'お問い合わせ' },
  },
]

export { httpUrl }
