import type { CollectionConfig, Field, FieldAccess, FieldHook } from 'payload'

import { appendFields, badRequest, type Organisation } from '@akita-dx/plugin-core'

import { APPROVER_FIELD } from '../approval/rules'
import { LINE_USER_ID_PATTERN } from '../constants'
import { label, lineT } from '../translations'

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : [])

/**
 * Ids get here by proof (the member of staff sends a one-time code from their phone, the webhook
 * links the sender), so nobody can point test sends at someone else's LINE. A member of staff may
 * unlink their own ids; only admins add any by hand (support).
 */
const onlyLinkedIds =
  (organisation: Organisation): FieldHook =>
  ({ previousValue, req, value }) => {
    if (!req.user || organisation.isAdminUser(req.user)) return value
    const linked = new Set(listOf(previousValue))
    const added = listOf(value).find((id) => !linked.has(id))
    if (added !== undefined) throw badRequest(lineT(req, 'errorLinkByProof'), 'lineUserIds')
    return value
  }

/** The staff member's own LINE ids: test deliveries go there and nowhere else. */
const lineUserIdsField = (organisation: Organisation): Field => {
  const adminOrSelf = organisation.isAdminOrSelfField
  return {
    name: 'lineUserIds',
    type: 'text',
    access: { read: adminOrSelf, update: adminOrSelf },
    admin: { description: label('userLineIdsHelp') },
    hasMany: true,
    hooks: { beforeChange: [onlyLinkedIds(organisation)] },
    label: label('userLineIds'),
    validate: (value: unknown, { req }: { req: Parameters<typeof lineT>[0] }) => {
      const bad = listOf(value).find((v) => typeof v !== 'string' || !LINE_USER_ID_PATTERN.test(v))
      return bad === undefined ? true : lineT(req, 'errorNotLineUserId', { value: String(bad) })
    },
  } as Field
}

/** 配信承認者: may approve their department's live deliveries (see approval/rules.ts); set by admins. */
const approverField = (organisation: Organisation): Field => {
  const admins: FieldAccess = ({ req }) => organisation.isAdminUser(req.user)
  return {
    name: APPROVER_FIELD,
    type: 'checkbox',
    access: { create: admins, read: organisation.isAdminOrSelfField, update: admins },
    admin: { description: label('userApproverHelp'), position: 'sidebar' },
    defaultValue: false,
    label: label('userApprover'),
  }
}

/** 「LINEを連携」 on the staff member's own account: shows a one-time code to send from their phone. */
const linkPanelField: Field = {
  name: 'lineLink',
  type: 'ui',
  admin: { components: { Field: '@akita-dx/plugin-line/client#LinkLine' } },
  label: label('linkPanel'),
}

/** Adds the fields to the users collection, keeping every field it already has. */
export const withLineUserIds = (collection: CollectionConfig, organisation: Organisation): CollectionConfig =>
  appendFields(collection, [lineUserIdsField(organisation), linkPanelField, approverField(organisation)])
