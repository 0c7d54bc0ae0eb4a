import type { CollectionConfig } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { adminOrDepartmentEditor, isAdminField, isEditor, isStaff, nobody } from '../../../src/access'
import { HELP_REQUESTS, requestStatusOptions, SKILLS, skillLevelOptions } from '../constants'
import { matchesEndpoint } from '../endpoints/matches'
import { guardRequestDelete } from '../hooks/deleteCascades'
import { requireExistingReferences } from '../hooks/references'
import { setRequestDefaults } from '../hooks/requestDefaults'
import { notBefore } from '../utilities/dates'

const untilAfterFrom = notBefore('periodFrom', '期間（終了）は開始日以降にしてください', true)

/** 応援依頼: a department asks for colleagues with given skills for some hours over a period. */
export const buildHelpRequests = (options: ResolvedTalentBankOptions): CollectionConfig => ({
  slug: HELP_REQUESTS,
  access: {
    create: options.disabled ? nobody : isEditor,
    delete: options.disabled ? nobody : adminOrDepartmentEditor('department'),
    read: isStaff,
    update: options.disabled ? nobody : adminOrDepartmentEditor('department'),
  },
  admin: {
    defaultColumns: ['title', 'department', 'status', 'periodFrom', 'periodUntil'],
    group: options.adminGroup,
    useAsTitle: 'title',
  },
  defaultSort: '-createdAt',
  endpoints: options.disabled ? [] : [matchesEndpoint(options)],
  fields: [
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', ja: '件名' },
      required: true,
    },
    {
      name: 'department',
      type: 'relationship',
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: { en: "Editors' own department.", ja: '編集者の所属課が自動で入ります。' },
        position: 'sidebar',
      },
      index: true,
      label: { en: 'Requesting department', ja: '依頼課' },
      relationTo: 'departments',
    },
    {
      name: 'status',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'open',
      index: true,
      label: { en: 'Status', ja: '状態' },
      options: requestStatusOptions,
      required: true,
    },
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', ja: '依頼内容' },
      required: true,
    },
    {
      name: 'requiredSkills',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'skill',
              type: 'relationship',
              label: { en: 'Skill', ja: 'スキル' },
              relationTo: SKILLS,
              required: true,
            },
            {
              name: 'minLevel',
              type: 'select',
              defaultValue: '3',
              label: { en: 'Minimum level', ja: '必要レベル' },
              options: skillLevelOptions,
              required: true,
            },
            {
              name: 'weight',
              type: 'number',
              admin: { description: { en: '1 (nice to have) – 5 (essential)', ja: '1（あれば尚可）〜5（必須）' } },
              defaultValue: 1,
              label: { en: 'Weight', ja: '重み' },
              max: 5,
              min: 1,
              required: true,
            },
          ],
        },
      ],
      label: { en: 'Required skills', ja: '必要なスキル' },
      minRows: 1,
      required: true,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'hoursPerMonth',
          type: 'number',
          label: { en: 'Hours per month', ja: '想定時間（月あたり）' },
          max: 160,
          min: 1,
          required: true,
        },
        {
          name: 'periodFrom',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: { en: 'From', ja: '期間（開始）' },
          required: true,
        },
        {
          name: 'periodUntil',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayOnly' } },
          label: { en: 'Until', ja: '期間（終了）' },
          required: true,
          validate: untilAfterFrom,
        },
      ],
    },
    {
      name: 'requestedBy',
      type: 'relationship',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Requested by', ja: '依頼者' },
      relationTo: 'users',
    },
  ],
  hooks: {
    beforeChange: options.disabled
      ? []
      : [
          requireExistingReferences(HELP_REQUESTS, [
            { array: 'requiredSkills', collection: SKILLS, field: 'skill' },
            { collection: 'departments', field: 'department' },
          ]),
          setRequestDefaults,
        ],
    beforeDelete: [guardRequestDelete],
  },
  labels: {
    plural: { en: 'Help requests', ja: '応援依頼' },
    singular: { en: 'Help request', ja: '応援依頼' },
  },
})
