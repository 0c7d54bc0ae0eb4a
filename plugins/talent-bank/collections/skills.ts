import type { CollectionConfig } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { adminOrHr } from '../access/skills'
import { SKILL_CATEGORIES, SKILLS } from '../constants'
import { guardSkillDelete } from '../hooks/deleteCascades'
import { label, optionsOf } from '../translations'

/** スキル: the taxonomy profiles and help requests refer to; aliases make synonyms match. */
export const buildSkills = (options: ResolvedTalentBankOptions): CollectionConfig => ({
  slug: SKILLS,
  access: {
    create: adminOrHr(options),
    delete: options.organisation.isAdmin,
    read: options.organisation.isStaff,
    update: adminOrHr(options),
  },
  admin: {
    defaultColumns: ['name', 'category', 'aliases'],
    group: options.adminGroup,
    listSearchableFields: ['name', 'aliases'],
    useAsTitle: 'name',
  },
  defaultSort: 'name',
  fields: [
    { name: 'name', type: 'text', index: true, label: label('field.skillName'), required: true, unique: true },
    {
      name: 'category',
      type: 'select',
      index: true,
      label: label('field.skillCategory'),
      options: optionsOf('category', SKILL_CATEGORIES),
      required: true,
    },
    {
      name: 'aliases',
      type: 'text',
      admin: { description: label('field.aliases.description') },
      hasMany: true,
      label: label('field.aliases'),
    },
    { name: 'description', type: 'textarea', label: label('field.description') },
  ],
  hooks: { beforeDelete: [guardSkillDelete] },
  labels: { plural: label('skills.plural'), singular: label('skills.singular') },
})
