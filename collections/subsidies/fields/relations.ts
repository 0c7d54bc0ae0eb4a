import type { Field } from 'payload'

export const relationFields: Field[] = [
  {
    name: 'relatedStories',
    type: 'relationship',
    admin: {
      description: {
        en: 'Founders who used this programme (stories that list it are added automatically in the API)',
        ja: 'この制度を活用した起業家（ストーリー側で選んだものも API では自動で表示されます）',
      },
    },
    hasMany: true,
    label: { en: 'Related founder stories', ja: '関連するロールモデル' },
    relationTo: 'founder-stories',
  },
]
