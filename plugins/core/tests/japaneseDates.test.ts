import type { Config } from 'payload'

import { describe, expect, it } from '@jest/globals'

import { japaneseAdminFields } from '../config/japaneseDates'

describe('japaneseAdminFields', () => {
  const config = {
    collections: [
      {
        slug: 'ideas',
        fields: [
          { name: 'answeredAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' }, readOnly: true } },
          { name: 'dueOn', type: 'date', admin: { date: { pickerAppearance: 'dayOnly' } } },
          { name: 'custom', type: 'date', admin: { date: { displayFormat: 'yyyy年M月d日' } } },
          {
            name: 'stateHistory',
            type: 'array',
            fields: [{ name: 'changedAt', type: 'date' }],
            label: { en: 'State history', ja: '状態の履歴' },
          },
          { name: 'labelled', type: 'array', fields: [], label: '添付', labels: { plural: '添付一覧', singular: '添付' } },
          {
            type: 'tabs',
            tabs: [{ fields: [{ name: 'at', type: 'date', admin: { date: { pickerAppearance: 'timeOnly' } } }], label: 'x' }],
          },
        ],
      },
    ],
    globals: [
      {
        slug: 'settings',
        fields: [{ type: 'row', fields: [{ name: 'month', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } } }] }],
      },
    ],
  } as unknown as Config

  it('gives every date a Japanese display format by its picker, keeping formats that were chosen', () => {
    const result = japaneseAdminFields()(config)
    const fields = result.collections![0].fields as any[]
    expect(fields[0].admin).toEqual({ date: { displayFormat: 'yyyy/MM/dd HH:mm', pickerAppearance: 'dayAndTime' }, readOnly: true })
    expect(fields[1].admin.date.displayFormat).toBe('yyyy/MM/dd')
    expect(fields[2].admin.date.displayFormat).toBe('yyyy年M月d日')
    expect(fields[3].fields[0].admin.date.displayFormat).toBe('yyyy/MM/dd HH:mm')
    expect(fields[5].tabs[0].fields[0].admin.date.displayFormat).toBe('HH:mm')
    expect((result.globals![0].fields[0] as any).fields[0].admin.date.displayFormat).toBe('yyyy/MM')
  })

  it('numbers array rows after the array’s label unless it has row labels of its own', () => {
    const fields = japaneseAdminFields()(config).collections![0].fields as any[]
    expect(fields[3].labels).toEqual({
      plural: { en: 'State history', ja: '状態の履歴' },
      singular: { en: 'State history', ja: '状態の履歴' },
    })
    expect(fields[4].labels).toEqual({ plural: '添付一覧', singular: '添付' })
  })

  it('fills the words Payload leaves in English or says two ways, and the app’s own words win', () => {
    const result = japaneseAdminFields()({ ...config, i18n: { translations: { ja: { version: { draft: '草稿' } } } } } as Config)
    const ja = (result.i18n!.translations as any).ja
    expect(ja.general.untitled).toBe('無題')
    expect(ja.version.saveDraft).toBe('下書きを保存')
    expect(ja.version.draft).toBe('草稿')
  })
})
