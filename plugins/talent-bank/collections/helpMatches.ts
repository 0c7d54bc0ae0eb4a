import type { CollectionConfig } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { isAdmin, nobody } from '../../../src/access'
import { createMatch, readMatches, updateMatches } from '../access/matches'
import { HELP_MATCHES, HELP_REQUESTS, matchStatusOptions, STAFF_PROFILES } from '../constants'
import { markRequestMatched, proposeOrDecide } from '../hooks/matchDecisions'

const serverSet = { create: () => false, update: () => false }
const fixed = { update: () => false }

/** 打診: a proposal of a candidate for a help request, with the decisions taken on it. */
export const buildHelpMatches = (options: ResolvedTalentBankOptions): CollectionConfig => ({
  slug: HELP_MATCHES,
  access: {
    create: options.disabled ? nobody : createMatch,
    // The log is the record of decisions: only admins remove it.
    delete: options.disabled ? nobody : isAdmin,
    read: readMatches,
    update: options.disabled ? nobody : updateMatches,
  },
  admin: {
    defaultColumns: ['helpRequest', 'profile', 'status', 'score', 'updatedAt'],
    group: options.adminGroup,
  },
  defaultSort: '-updatedAt',
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'helpRequest', type: 'relationship', access: fixed, index: true, label: { en: 'Help request', ja: '応援依頼' }, relationTo: HELP_REQUESTS, required: true },
        { name: 'profile', type: 'relationship', access: fixed, index: true, label: { en: 'Candidate profile', ja: '候補者' }, relationTo: STAFF_PROFILES, required: true },
      ],
    },
    {
      name: 'status',
      type: 'select',
      access: { create: () => false },
      admin: { position: 'sidebar' },
      defaultValue: 'proposed',
      index: true,
      label: { en: 'Status', ja: '状態' },
      options: matchStatusOptions,
      required: true,
    },
    { name: 'score', type: 'number', access: serverSet, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Score at proposal', ja: '打診時のスコア' } },
    { name: 'department', type: 'relationship', access: serverSet, admin: { position: 'sidebar', readOnly: true }, index: true, label: { en: 'Requesting department', ja: '依頼課' }, relationTo: 'departments' },
    { name: 'candidate', type: 'relationship', access: serverSet, admin: { position: 'sidebar', readOnly: true }, index: true, label: { en: 'Candidate', ja: '候補者（本人）' }, relationTo: 'users' },
    { name: 'decidedAt', type: 'date', access: serverSet, admin: { position: 'sidebar', readOnly: true }, label: { en: 'Decided at', ja: '決定日時' } },
    { name: 'message', type: 'textarea', label: { en: 'Message from the department', ja: '依頼課からのメッセージ' } },
    { name: 'response', type: 'textarea', label: { en: 'Reply from the candidate', ja: '候補者からの回答' } },
    {
      name: 'log',
      type: 'array',
      access: serverSet,
      admin: { readOnly: true },
      fields: [
        { name: 'action', type: 'select', label: { en: 'Action', ja: '操作' }, options: matchStatusOptions, required: true },
        { name: 'by', type: 'relationship', label: { en: 'By', ja: '実施者' }, relationTo: 'users' },
        { name: 'at', type: 'date', label: { en: 'At', ja: '日時' }, required: true },
        { name: 'note', type: 'text', label: { en: 'Note', ja: 'メモ' } },
      ],
      label: { en: 'Decision log', ja: '経過' },
    },
  ],
  hooks: {
    afterChange: options.disabled ? [] : [markRequestMatched],
    beforeChange: options.disabled ? [] : [proposeOrDecide(options)],
  },
  labels: {
    plural: { en: 'Help matches', ja: '打診' },
    singular: { en: 'Help match', ja: '打診' },
  },
})
