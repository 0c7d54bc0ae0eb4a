import type { CollectionConfig } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { isAdmin, isStaff, nobody } from '../../../src/access'
import { adminOrHr } from '../access/skills'
import { guardSkillDelete } from '../hooks/deleteCascades'
import { SKILL_CATEGORIES, SKILLS } from '../constants'

/** スキル: the taxonomy profiles and help requests refer to; aliases make synonyms match. */
export const buildSkills = (options: ResolvedTalentBankOptions): CollectionConfig => ({
  slug: SKILLS,
  access: {
    create: options.disabled ? nobody : adminOrHr(options),
    delete: options.disabled ? nobody : isAdmin,
    read: isStaff,
    update: options.disabled ? nobody : adminOrHr(options),
  },
  admin: {
    defaultColumns: ['name', 'category', 'aliases'],
    group: options.adminGroup,
    listSearchableFields: ['name', 'aliases'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    {
      name: 'name',
      type: 'text',
      index: true,
      label: { en: 'Name', ja: 'スキル名' },
      required: true,
      unique: true,
    },
    {
      name: 'category',
      type: 'select',
      index: true,
      label: { en: 'Category', ja: '分野' },
      options: SKILL_CATEGORIES,
      required: true,
    },
    {
      name: 'aliases',
      type: 'text',
      admin: {
        description: {
          en: 'Other names that mean the same skill; used for matching and search.',
          ja: '同じスキルを指す別名（例: 「データ分析」に「データ解析」）。マッチングと検索に使います。',
        },
      },
      hasMany: true,
      label: { en: 'Aliases', ja: '別名' },
    },
    {
      name: 'description',
      type: 'textarea',
      label: { en: 'Description', ja: '説明' },
    },
  ],
  hooks: {
    beforeDelete: [guardSkillDelete],
  },
  labels: {
    plural: { en: 'Skills', ja: 'スキル' },
    singular: { en: 'Skill', ja: 'スキル' },
  },
})
