import type { Field } from 'payload'

/** What a founder reads first: names, catch phrase, summary and the full description. */
export const basicsFields: Field[] = [
  {
    name: 'title',
    type: 'text',
    index: true,
    label: { en: 'Title', ja: '制度名' },
    required: true,
  },
  {
    name: 'slug',
    type: 'text',
    admin: {
      description: {
        en: 'URL name in the public API; filled in from the title when left empty. Lower-case letters, digits and hyphens.',
        ja: '公開 API の URL に使う名前。空欄なら自動で付きます（半角英小文字・数字・ハイフン）。',
      },
      position: 'sidebar',
    },
    index: true,
    label: { en: 'Slug', ja: 'スラッグ' },
    unique: true,
    validate: (value: unknown) =>
      value === null || value === undefined || value === '' || /^[a-z0-9][a-z0-9-]{0,99}$/.test(String(value))
        ? true
        : '半角英小文字・数字・ハイフンで入力してください / use a-z, 0-9 and hyphens',
  },
  {
    name: 'catchPhrase',
    type: 'text',
    label: { en: 'Catch phrase', ja: 'キャッチコピー' },
    maxLength: 120,
  },
  {
    name: 'summary',
    type: 'textarea',
    label: { en: 'Summary', ja: '概要' },
    maxLength: 600,
  },
  {
    name: 'detail',
    type: 'richText',
    label: { en: 'Details', ja: '詳細' },
  },
  {
    name: 'keywords',
    type: 'text',
    admin: {
      description: { en: 'Extra search words founders might type', ja: '検索で拾ってほしい語（例: 創業, 空き店舗）' },
    },
    hasMany: true,
    label: { en: 'Keywords', ja: 'キーワード' },
  },
]
