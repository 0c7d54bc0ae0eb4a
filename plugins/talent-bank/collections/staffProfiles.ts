import type { CollectionConfig, Field } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { nobody } from '../../../src/access'
import {
  approverField,
  createProfile,
  deleteProfiles,
  ownerField,
  readProfiles,
  updateProfiles,
} from '../access/profiles'
import {
  approvalOptions,
  availabilityOptions,
  consentStatusOptions,
  SKILLS,
  skillLevelOptions,
  STAFF_PROFILES,
  visibilityOptions,
} from '../constants'
import { deleteMatchesOfProfile } from '../hooks/deleteCascades'
import { recordConsent } from '../hooks/profileConsent'
import { setProfileOwner } from '../hooks/profileOwner'
import { requireExistingReferences } from '../hooks/references'
import { stampSupervisorApproval } from '../hooks/supervisorApproval'
import { notBefore } from '../utilities/dates'

const serverSet = { create: () => false, update: () => false }
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const } }

/** Personal fields: written by the person only (the supervisor reaches the approval fields only). */
const personal = (field: Field): Field =>
  'access' in field || 'name' in field
    ? ({ ...field, access: { ...('access' in field ? field.access : {}), update: ownerField } } as Field)
    : field

/**
 * 職員プロフィール: one per member of staff, created by them (opt-in). Who can read it follows the
 * 公開範囲 the person chose and their consent, enforced as a query constraint in read access.
 */
export const buildStaffProfiles = (options: ResolvedTalentBankOptions): CollectionConfig => ({
  slug: STAFF_PROFILES,
  access: {
    create: options.disabled ? nobody : createProfile,
    delete: options.disabled ? nobody : deleteProfiles,
    read: readProfiles(options),
    update: options.disabled ? nobody : updateProfiles(options),
  },
  admin: {
    defaultColumns: ['displayName', 'currentDepartment', 'availability', 'visibility'],
    description: { en: options.purpose, ja: `利用目的: ${options.purpose}` },
    group: options.adminGroup,
    useAsTitle: 'displayName',
  },
  fields: [
    {
      name: 'displayName',
      type: 'text',
      access: serverSet,
      admin: { readOnly: true },
      label: { en: 'Name', ja: '氏名' },
    },
    {
      name: 'user',
      type: 'relationship',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      label: { en: 'User', ja: '本人' },
      relationTo: 'users',
      unique: true,
    },
    {
      name: 'currentDepartment',
      type: 'relationship',
      access: serverSet,
      admin: { position: 'sidebar', readOnly: true },
      index: true,
      label: { en: 'Current department', ja: '現所属' },
      relationTo: 'departments',
    },
    personal({
      name: 'visibility',
      type: 'select',
      admin: { position: 'sidebar' },
      defaultValue: 'self',
      index: true,
      label: { en: 'Visible to', ja: '公開範囲' },
      options: visibilityOptions,
      required: true,
    }),
    {
      type: 'tabs',
      tabs: [
        {
          fields: [
            personal({
              name: 'summary',
              type: 'textarea',
              label: { en: 'Career summary', ja: '経歴・得意分野' },
            }),
            personal({
              name: 'pastAssignments',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'department', type: 'relationship', label: { en: 'Department', ja: '所属課' }, relationTo: 'departments' },
                    { name: 'organisation', type: 'text', label: { en: 'Or organisation', ja: '所属（課以外・派遣先など）' } },
                    { name: 'role', type: 'text', label: { en: 'Role', ja: '職・担当' } },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'from', type: 'date', admin: dayOnly, label: { en: 'From', ja: '開始' }, required: true },
                    {
                      name: 'to',
                      type: 'date',
                      admin: dayOnly,
                      label: { en: 'To', ja: '終了' },
                      validate: notBefore('from', '異動歴の終了は開始以降にしてください'),
                    },
                  ],
                },
              ],
              label: { en: 'Past assignments', ja: '異動歴' },
            }),
            personal({
              name: 'qualifications',
              type: 'array',
              fields: [
                { name: 'name', type: 'text', label: { en: 'Qualification', ja: '資格・検定' }, required: true },
                {
                  type: 'row',
                  fields: [
                    { name: 'obtained', type: 'date', admin: dayOnly, label: { en: 'Obtained', ja: '取得日' } },
                    {
                      name: 'expires',
                      type: 'date',
                      admin: dayOnly,
                      label: { en: 'Expires', ja: '有効期限' },
                      validate: notBefore('obtained', '有効期限は取得日以降にしてください'),
                    },
                  ],
                },
              ],
              label: { en: 'Qualifications', ja: '保有資格' },
            }),
          ],
          label: { en: 'Career', ja: '経歴・資格' },
        },
        {
          fields: [
            personal({
              name: 'skills',
              type: 'array',
              fields: [
                {
                  type: 'row',
                  fields: [
                    { name: 'skill', type: 'relationship', label: { en: 'Skill', ja: 'スキル' }, relationTo: SKILLS, required: true },
                    { name: 'level', type: 'select', label: { en: 'Level', ja: 'レベル' }, options: skillLevelOptions, required: true },
                  ],
                },
                {
                  type: 'row',
                  fields: [
                    { name: 'years', type: 'number', label: { en: 'Years', ja: '経験年数' }, max: 45, min: 0 },
                    { name: 'lastUsed', type: 'number', label: { en: 'Last used (year)', ja: '最後に使った年' }, max: 2100, min: 1970 },
                  ],
                },
              ],
              label: { en: 'Skills', ja: 'スキル' },
            }),
            personal({
              name: 'interests',
              type: 'relationship',
              admin: { description: { en: 'Skills you would like to use', ja: '今後活かしたい・伸ばしたいスキル' } },
              hasMany: true,
              label: { en: 'Interests', ja: '関心' },
              relationTo: SKILLS,
            }),
          ],
          label: { en: 'Skills', ja: 'スキル・関心' },
        },
        {
          fields: [
            {
              type: 'row',
              fields: [
                personal({
                  name: 'availability',
                  type: 'select',
                  defaultValue: 'none',
                  index: true,
                  label: { en: 'Availability', ja: '応援可能時間' },
                  options: availabilityOptions,
                  required: true,
                }),
                personal({ name: 'availableFrom', type: 'date', admin: dayOnly, label: { en: 'From', ja: '開始' } }),
                personal({
                  name: 'availableUntil',
                  type: 'date',
                  admin: dayOnly,
                  label: { en: 'Until', ja: '終了' },
                  validate: notBefore('availableFrom', '応援可能期間の終了は開始以降にしてください'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'supervisorApproval',
                  type: 'select',
                  access: { create: () => false, update: approverField },
                  admin: {
                    description: {
                      en: 'Set by an editor of the current department (the supervisor) or an admin.',
                      ja: '現所属課の編集者（上長）または管理者が設定します。応援可能時間を変えると未承認に戻ります。',
                    },
                  },
                  defaultValue: 'pending',
                  label: { en: 'Supervisor approval', ja: '兼務の上長承認' },
                  options: approvalOptions,
                  required: true,
                },
                {
                  name: 'supervisorApprovedBy',
                  type: 'relationship',
                  access: serverSet,
                  admin: { readOnly: true },
                  label: { en: 'Decided by', ja: '承認者' },
                  relationTo: 'users',
                },
                {
                  name: 'supervisorApprovedAt',
                  type: 'date',
                  access: serverSet,
                  admin: { readOnly: true },
                  label: { en: 'Decided at', ja: '承認日時' },
                },
              ],
            },
          ],
          label: { en: 'Availability', ja: '応援可能時間' },
        },
        {
          fields: [
            personal({
              name: 'consentStatus',
              type: 'select',
              admin: { description: { en: options.purpose, ja: options.purpose } },
              index: true,
              label: { en: 'Consent to the purpose of use', ja: '利用目的への同意' },
              options: consentStatusOptions,
              required: true,
            }),
            {
              type: 'row',
              fields: [
                { name: 'consentVersion', type: 'text', access: serverSet, admin: { readOnly: true }, label: { en: 'Consent version', ja: '同意文の版' } },
                { name: 'consentedAt', type: 'date', access: serverSet, admin: { readOnly: true }, label: { en: 'Consented at', ja: '同意日時' } },
                { name: 'consentWithdrawnAt', type: 'date', access: serverSet, admin: { readOnly: true }, label: { en: 'Withdrawn at', ja: '撤回日時' } },
              ],
            },
          ],
          label: { en: 'Consent', ja: '同意' },
        },
      ],
    },
  ],
  hooks: {
    beforeChange: options.disabled
      ? []
      : [
          requireExistingReferences(STAFF_PROFILES, [
            { array: 'skills', collection: SKILLS, field: 'skill' },
            { collection: SKILLS, field: 'interests' },
            { array: 'pastAssignments', collection: 'departments', field: 'department' },
          ]),
          setProfileOwner,
          recordConsent(options),
          stampSupervisorApproval,
        ],
    beforeDelete: [deleteMatchesOfProfile],
  },
  labels: {
    plural: { en: 'Staff profiles', ja: '職員プロフィール' },
    singular: { en: 'Staff profile', ja: '職員プロフィール' },
  },
})
