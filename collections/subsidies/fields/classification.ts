import type { Field } from 'payload'

import { ownDepartmentDefault } from '../../contentAccess'
import { municipalityOptions } from '../../../src/lib/akita'
import { areaScopeOptions, industryOptions, kindOptions, providerLevelOptions, purposeOptions, stageOptions } from '../options'

/** What kind of help, from whom, for whom and where: every field here is a public API filter. */
export const classificationFields: Field[] = [
  {
    type: 'row',
    fields: [
      {
        name: 'kind',
        type: 'select',
        index: true,
        label: { en: 'Kind', ja: '種別' },
        options: kindOptions,
        required: true,
      },
      {
        name: 'providerLevel',
        type: 'select',
        index: true,
        label: { en: 'Provider level', ja: '実施主体の区分' },
        options: providerLevelOptions,
        required: true,
      },
      {
        name: 'providerName',
        type: 'text',
        index: true,
        label: { en: 'Provider', ja: '実施主体' },
        required: true,
      },
    ],
  },
  {
    name: 'department',
    type: 'relationship',
    defaultValue: ownDepartmentDefault,
    admin: {
      description: {
        en: 'Owning department: only its editors (and admins) can change the programme',
        ja: '所管課。その課の編集者と管理者だけが編集できます',
      },
      position: 'sidebar',
    },
    index: true,
    label: { en: 'Department', ja: '所管課' },
    relationTo: 'departments',
  },
  {
    name: 'purposes',
    type: 'select',
    hasMany: true,
    index: true,
    label: { en: 'Purposes', ja: '利用目的' },
    options: purposeOptions,
  },
  {
    name: 'industries',
    type: 'select',
    admin: { description: { en: 'Empty means every industry', ja: '空欄は業種を問わない' } },
    hasMany: true,
    index: true,
    label: { en: 'Industries', ja: '対象業種' },
    options: industryOptions,
  },
  {
    name: 'stages',
    type: 'select',
    hasMany: true,
    index: true,
    label: { en: 'Business stages', ja: '事業ステージ' },
    options: stageOptions,
  },
  {
    type: 'row',
    fields: [
      {
        name: 'areaScope',
        type: 'select',
        defaultValue: 'prefecture',
        index: true,
        label: { en: 'Area', ja: '対象地域' },
        options: areaScopeOptions,
        required: true,
      },
      {
        name: 'municipalities',
        type: 'select',
        admin: { condition: (_, siblingData) => siblingData?.areaScope === 'municipalities' },
        hasMany: true,
        index: true,
        label: { en: 'Municipalities', ja: '対象市町村' },
        options: municipalityOptions,
      },
    ],
  },
]
