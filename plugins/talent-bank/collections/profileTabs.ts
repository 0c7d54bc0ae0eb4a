import type { Field, FieldAccess, Tab } from 'payload'

import type { TalentBankKey } from '../translations'
import type { ResolvedTalentBankOptions } from '../types'

import { APPROVALS, AVAILABILITY, CONSENT_STATUSES, SKILL_LEVELS, SKILLS } from '../constants'
import { label, optionsOf } from '../translations'
import { approvalPanel, trackRecordPanel } from './adminPanels'
import { dateTimeAdmin, dayOnlyAdmin } from './dateTime'
import { serverSet } from './fieldAccess'
import { notBefore } from './notBefore'

/** Makes a field personal: only the person it belongs to updates it. */
type Personal = (field: Field) => Field

/** Field access of the supervisor approval: set by the supervisor or an admin, never on create. */
type ApprovalAccess = { create: FieldAccess; update: FieldAccess }

const stamp = (name: string, labelKey: TalentBankKey, type: 'date' | 'text' = 'date'): Field =>
  ({ name, type, access: serverSet, admin: { readOnly: true, ...(type === 'date' ? dateTimeAdmin : {}) }, label: label(labelKey) }) as Field

const careerTab = (options: ResolvedTalentBankOptions, personal: Personal): Tab => ({
  fields: [
    personal({ name: 'summary', type: 'textarea', label: label('field.summary') }),
    personal({
      name: 'pastAssignments',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'department', type: 'relationship', label: label('field.department'), relationTo: options.organisation.departments },
            { name: 'organisation', type: 'text', label: label('field.organisation') },
            { name: 'role', type: 'text', label: label('field.role') },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'date', admin: dayOnlyAdmin, label: label('field.from'), required: true },
            {
              name: 'to',
              type: 'date',
              admin: dayOnlyAdmin,
              label: label('field.to'),
              validate: notBefore('from', 'error.assignmentOrder'),
            },
          ],
        },
      ],
      label: label('field.pastAssignments'),
      labels: { plural: label('field.pastAssignments'), singular: label('field.pastAssignments') },
    }),
    personal({
      name: 'qualifications',
      type: 'array',
      fields: [
        { name: 'name', type: 'text', label: label('field.qualification'), required: true },
        {
          type: 'row',
          fields: [
            { name: 'obtained', type: 'date', admin: dayOnlyAdmin, label: label('field.obtained') },
            {
              name: 'expires',
              type: 'date',
              admin: dayOnlyAdmin,
              label: label('field.expires'),
              validate: notBefore('obtained', 'error.qualificationOrder'),
            },
          ],
        },
      ],
      label: label('field.qualifications'),
      labels: { plural: label('field.qualifications'), singular: label('field.qualification') },
    }),
    ...trackRecordPanel(options),
  ],
  label: label('tab.career'),
})

const skillsTab = (personal: Personal): Tab => ({
  fields: [
    personal({
      name: 'skills',
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'skill', type: 'relationship', label: label('field.skill'), relationTo: SKILLS, required: true },
            { name: 'level', type: 'select', label: label('field.level'), options: optionsOf('level', SKILL_LEVELS), required: true },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'years', type: 'number', label: label('field.years'), max: 45, min: 0 },
            { name: 'lastUsed', type: 'number', label: label('field.lastUsed'), max: 2100, min: 1970 },
          ],
        },
      ],
      label: label('field.skills'),
      labels: { plural: label('field.skills'), singular: label('field.skill') },
    }),
    personal({
      name: 'interests',
      type: 'relationship',
      admin: { description: label('field.interests.description') },
      hasMany: true,
      label: label('field.interests'),
      relationTo: SKILLS,
    }),
  ],
  label: label('tab.skills'),
})

const availabilityTab = (options: ResolvedTalentBankOptions, personal: Personal, approval: ApprovalAccess): Tab => ({
  fields: [
    {
      type: 'row',
      fields: [
        personal({
          name: 'availability',
          type: 'select',
          defaultValue: 'none',
          index: true,
          label: label('field.availability'),
          options: optionsOf('availability', AVAILABILITY),
          required: true,
        }),
        personal({
          name: 'availabilityShare',
          type: 'number',
          admin: { description: label('field.availabilityShare.description') },
          label: label('field.availabilityShare'),
          max: 100,
          min: 1,
        }),
        personal({ name: 'availableFrom', type: 'date', admin: dayOnlyAdmin, label: label('field.from') }),
        personal({
          name: 'availableUntil',
          type: 'date',
          admin: dayOnlyAdmin,
          label: label('field.to'),
          validate: notBefore('availableFrom', 'error.availabilityOrder'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'supervisorApproval',
          type: 'select',
          access: approval,
          admin: { description: label('field.supervisorApproval.description') },
          defaultValue: 'pending',
          label: label('field.supervisorApproval'),
          options: optionsOf('approval', APPROVALS),
          required: true,
        },
        {
          ...stamp('supervisorApprovedBy', 'field.supervisorApprovedBy'),
          relationTo: options.organisation.users,
          type: 'relationship',
        } as Field,
        stamp('supervisorApprovedAt', 'field.supervisorApprovedAt'),
      ],
    },
    ...approvalPanel(options),
  ],
  label: label('tab.availability'),
})

const consentTab = (options: ResolvedTalentBankOptions, personal: Personal): Tab => ({
  fields: [
    personal({
      name: 'consentStatus',
      type: 'select',
      admin: { description: options.purpose },
      index: true,
      label: label('field.consentStatus'),
      options: optionsOf('consent', CONSENT_STATUSES),
      required: true,
    }),
    {
      type: 'row',
      fields: [
        stamp('consentVersion', 'field.consentVersion', 'text'),
        stamp('consentedAt', 'field.consentedAt'),
        stamp('consentWithdrawnAt', 'field.consentWithdrawnAt'),
      ],
    },
  ],
  label: label('tab.consent'),
})

/** The profile's tabs: career, skills and interests, availability with its approval, consent. */
export const profileTabs = (options: ResolvedTalentBankOptions, personal: Personal, approval: ApprovalAccess): Field => ({
  type: 'tabs',
  tabs: [careerTab(options, personal), skillsTab(personal), availabilityTab(options, personal, approval), consentTab(options, personal)],
})
