import type { Field } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { label } from '../translations'

const RSC = '@akita-dx/plugin-talent-bank/rsc'
const CLIENT = '@akita-dx/plugin-talent-bank/client'

/**
 * The admin's panels are `ui` fields (no column, so the schema stays the same) and are left out
 * when the plugin is disabled: they would offer actions the collections refuse.
 */
const panel = (options: ResolvedTalentBankOptions, field: Field): Field[] => (options.disabled ? [] : [field])

/** 「候補者」 and 「打診の履歴」 at the end of a help request. */
export const candidatesPanel = (options: ResolvedTalentBankOptions) =>
  panel(options, {
    name: 'candidatesPanel',
    type: 'ui',
    admin: {
      components: { Field: { path: `${RSC}#RequestPanel`, serverProps: { userNameField: options.userNameField } } },
      disableListColumn: true,
    },
    label: label('panel.candidates'),
  })

/** 「承諾する」「辞退する」 under the candidate's reply on an offer. */
export const decisionPanel = (options: ResolvedTalentBankOptions) =>
  panel(options, {
    name: 'decisionPanel',
    type: 'ui',
    admin: { components: { Field: `${RSC}#MatchDecision` }, disableListColumn: true },
    label: label('decision.title'),
  })

/** 「承認する」「承認しない」 under the supervisor approval of a profile. */
export const approvalPanel = (options: ResolvedTalentBankOptions) =>
  panel(options, {
    name: 'approvalPanel',
    type: 'ui',
    admin: { components: { Field: `${CLIENT}#ApprovalButtons` }, disableListColumn: true },
    label: label('field.supervisorApproval'),
  })

/** 「実績」 at the end of a profile's career tab: help given and adopted ideas. */
export const trackRecordPanel = (options: ResolvedTalentBankOptions) =>
  panel(options, {
    name: 'trackRecordPanel',
    type: 'ui',
    admin: { components: { Field: `${RSC}#TrackRecord` }, disableListColumn: true },
    label: label('trackRecord.title'),
  })
