import type { CollectionConfig, Field } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { HELP_REQUESTS, REQUEST_STATUSES, SKILL_LEVELS, SKILLS } from '../constants'
import { matchesEndpoint } from '../endpoints/matches'
import { offersEndpoint } from '../endpoints/offers'
import { guardRequestDelete } from '../hooks/deleteCascades'
import { requireExistingReferences } from '../hooks/references'
import { setRequestDefaults } from '../hooks/requestDefaults'
import { label, optionsOf } from '../translations'
import { dayOnlyAdmin } from './dateTime'
import { candidatesPanel } from './adminPanels'
import { serverSet } from './fieldAccess'
import { notBefore } from './notBefore'

const requiredSkills: Field = {
  name: 'requiredSkills',
  type: 'array',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'skill', type: 'relationship', label: label('field.skill'), relationTo: SKILLS, required: true },
        {
          name: 'minLevel',
          type: 'select',
          defaultValue: '3',
          label: label('field.minLevel'),
          options: optionsOf('level', SKILL_LEVELS),
          required: true,
        },
        {
          name: 'weight',
          type: 'number',
          admin: { description: label('field.weight.description') },
          defaultValue: 1,
          label: label('field.weight'),
          max: 5,
          min: 1,
          required: true,
        },
      ],
    },
  ],
  label: label('field.requiredSkills'),
  labels: { plural: label('field.requiredSkills'), singular: label('field.skill') },
  minRows: 1,
  required: true,
}

const period: Field = {
  type: 'row',
  fields: [
    { name: 'hoursPerMonth', type: 'number', label: label('field.hoursPerMonth'), max: 160, min: 1, required: true },
    { name: 'periodFrom', type: 'date', admin: dayOnlyAdmin, label: label('field.periodFrom'), required: true },
    {
      name: 'periodUntil',
      type: 'date',
      admin: dayOnlyAdmin,
      label: label('field.periodUntil'),
      required: true,
      validate: notBefore('periodFrom', 'error.periodOrder', true),
    },
  ],
}

/** 応援依頼: a department asks for colleagues with given skills for some hours over a period. */
export const buildHelpRequests = (options: ResolvedTalentBankOptions): CollectionConfig => {
  const { organisation } = options
  const departmentEditors = organisation.adminOrDepartmentEditor('department')
  return {
    slug: HELP_REQUESTS,
    access: { create: organisation.isEditor, delete: departmentEditors, read: organisation.isStaff, update: departmentEditors },
    admin: {
      defaultColumns: ['title', 'department', 'status', 'periodFrom', 'periodUntil'],
      group: options.adminGroup,
      useAsTitle: 'title',
    },
    defaultSort: '-createdAt',
    endpoints: [matchesEndpoint(options), offersEndpoint(options)],
    fields: [
      { name: 'title', type: 'text', label: label('field.title'), required: true },
      {
        name: 'department',
        type: 'relationship',
        access: { create: organisation.isAdminField, update: organisation.isAdminField },
        admin: { description: label('field.requestingDepartment.description'), position: 'sidebar' },
        index: true,
        label: label('field.requestingDepartment'),
        relationTo: organisation.departments,
      },
      {
        name: 'status',
        type: 'select',
        admin: { position: 'sidebar' },
        defaultValue: 'open',
        index: true,
        label: label('field.status'),
        options: optionsOf('requestStatus', REQUEST_STATUSES),
        required: true,
      },
      { name: 'description', type: 'textarea', label: label('field.requestDescription'), required: true },
      requiredSkills,
      period,
      {
        name: 'requestedBy',
        type: 'relationship',
        access: serverSet,
        admin: { position: 'sidebar', readOnly: true },
        label: label('field.requestedBy'),
        relationTo: organisation.users,
      },
      ...candidatesPanel(options),
    ],
    hooks: {
      beforeChange: [
        requireExistingReferences([
          { array: 'requiredSkills', collection: SKILLS, field: 'skill' },
          { collection: organisation.departments, field: 'department' },
        ]),
        setRequestDefaults(options),
      ],
      beforeDelete: [guardRequestDelete(options)],
    },
    labels: { plural: label('requests.plural'), singular: label('requests.singular') },
  }
}
