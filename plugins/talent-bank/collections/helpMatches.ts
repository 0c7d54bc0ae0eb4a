import type { CollectionConfig, Field } from 'payload'

import type { TalentBankKey } from '../translations'
import type { ResolvedTalentBankOptions } from '../types'

import { matchAccess } from '../access/matches'
import { answerDuplicateOffer } from '../endpoints/offerErrors'
import { HELP_MATCHES, HELP_REQUESTS, MATCH_STATUSES, STAFF_PROFILES } from '../constants'
import { markRequestMatched, proposeOrDecide } from '../hooks/matchDecisions'
import { label, optionsOf } from '../translations'
import { decisionPanel } from './adminPanels'
import { dateTimeAdmin } from './dateTime'
import { fixed, serverSet } from './fieldAccess'

/** A value the proposal hook sets, shown read-only in the sidebar. */
const stamped = (
  field: { name: string; type: 'date' | 'number' | 'relationship'; index?: boolean; relationTo?: string },
  labelKey: TalentBankKey,
) =>
  ({
    ...field,
    access: serverSet,
    admin: { position: 'sidebar', readOnly: true, ...(field.type === 'date' ? dateTimeAdmin : {}) },
    label: label(labelKey),
  }) as Field

/** 打診: a proposal of a candidate for a help request, with the decisions taken on it. */
export const buildHelpMatches = (options: ResolvedTalentBankOptions): CollectionConfig => {
  const { organisation } = options
  const access = matchAccess(organisation)
  return {
    slug: HELP_MATCHES,
    // The log is the record of decisions: only admins remove it.
    access: { create: access.create, delete: organisation.isAdmin, read: access.read, update: access.update },
    admin: { defaultColumns: ['helpRequest', 'profile', 'status', 'score', 'updatedAt'], group: options.adminGroup },
    defaultSort: '-updatedAt',
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'helpRequest',
            type: 'relationship',
            access: fixed,
            index: true,
            label: label('field.helpRequest'),
            relationTo: HELP_REQUESTS,
            required: true,
          },
          {
            name: 'profile',
            type: 'relationship',
            access: fixed,
            index: true,
            label: label('field.profile'),
            relationTo: STAFF_PROFILES,
            required: true,
          },
        ],
      },
      {
        name: 'status',
        type: 'select',
        access: { create: () => false },
        admin: { position: 'sidebar' },
        defaultValue: 'proposed',
        index: true,
        label: label('field.status'),
        options: optionsOf('matchStatus', MATCH_STATUSES),
        required: true,
      },
      stamped({ name: 'score', type: 'number' }, 'field.score'),
      stamped(
        { name: 'department', type: 'relationship', index: true, relationTo: organisation.departments },
        'field.requestingDepartment',
      ),
      stamped({ name: 'candidate', type: 'relationship', index: true, relationTo: organisation.users }, 'field.candidate'),
      stamped({ name: 'decidedAt', type: 'date' }, 'field.decidedAt'),
      // `${request}:${profile}` while the offer stands (see hooks/openOffer.ts); unique, so of
      // parallel offers of one person for one request exactly one is stored.
      { name: 'openOffer', type: 'text', access: serverSet, hidden: true, index: true, unique: true },
      { name: 'message', type: 'textarea', label: label('field.message') },
      { name: 'response', type: 'textarea', label: label('field.response') },
      ...decisionPanel(options),
      {
        name: 'log',
        type: 'array',
        access: serverSet,
        admin: { readOnly: true },
        fields: [
          {
            name: 'action',
            type: 'select',
            label: label('field.action'),
            options: optionsOf('matchStatus', MATCH_STATUSES),
            required: true,
          },
          { name: 'by', type: 'relationship', label: label('field.by'), relationTo: organisation.users },
          { name: 'at', type: 'date', admin: dateTimeAdmin, label: label('field.at'), required: true },
          { name: 'note', type: 'text', label: label('field.note') },
        ],
        label: label('field.log'),
        labels: { plural: label('field.log'), singular: label('field.log') },
      },
    ],
    hooks: { afterChange: [markRequestMatched], afterError: [answerDuplicateOffer], beforeChange: [proposeOrDecide(options)] },
    labels: { plural: label('matches.plural'), singular: label('matches.singular') },
  }
}
