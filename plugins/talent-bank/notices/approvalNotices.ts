import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { hasNoticeSender } from '@akita-dx/plugin-core'
import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'

import { STAFF_PROFILES } from '../constants'
import { message, type TalentBankKey } from '../translations'
import { tell } from './tell'

type Doc = Record<string, any>

// A department has a handful of editors; more would be a misconfiguration, not an audience.
const MAX_SUPERVISORS = 50

/** The supervisors of a profile: the editors of the person's current department, never the person. */
const supervisorsOf = async (options: ResolvedTalentBankOptions, req: PayloadRequest, profile: Doc): Promise<ID[]> => {
  const department = idOf(profile.currentDepartment)
  if (department === null) return []
  const { departmentField, isEditorUser, users } = options.organisation
  const { docs } = await req.payload.find({
    collection: users,
    depth: 0,
    limit: MAX_SUPERVISORS,
    overrideAccess: true,
    req,
    where: { [departmentField]: { equals: department } },
  })
  return docs.filter((user) => isEditorUser(user) && String(user.id) !== String(idOf(profile.user))).map((user) => user.id)
}

const asksForApproval = (doc: Doc, previous: Doc | undefined) =>
  doc.supervisorApproval === 'pending' &&
  doc.availability !== 'none' &&
  (previous?.supervisorApproval !== 'pending' ||
    previous?.availability !== doc.availability ||
    previous?.availabilityShare !== doc.availabilityShare)

/**
 * 上長承認 as a step: the supervisors hear when a colleague's offered time awaits their approval,
 * and the person hears of the decision.
 */
export const noticeSupervisorApproval =
  (options: ResolvedTalentBankOptions): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    if (!hasNoticeSender(req.payload)) return doc
    const context = { payload: req.payload, req }
    const url = `/collections/${STAFF_PROFILES}/${doc.id}`
    const owner = idOf(doc.user)
    if (asksForApproval(doc, previousDoc)) {
      await tell(context, {
        event: `talent-approval-asked:${doc.id}:${doc.updatedAt}`,
        kind: 'talentBank.approvalAsked',
        recipients: await supervisorsOf(options, req, doc),
        title: 'notice.approvalAsked',
        url,
        vars: { name: doc.displayName ?? '' },
      })
    } else if (owner !== null && doc.supervisorApproval !== previousDoc?.supervisorApproval && doc.supervisorApproval !== 'pending') {
      await tell(context, {
        event: `talent-approval:${doc.id}:${doc.supervisorApproval}:${doc.updatedAt}`,
        kind: 'talentBank.approvalDecided',
        recipients: [owner],
        title: 'notice.approvalDecided',
        url,
        vars: { decision: message(undefined, `approval.${doc.supervisorApproval}` as TalentBankKey) },
      })
    }
    return doc
  }
