import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { appendFields, type Organisation } from '@akita-dx/plugin-core'

import { LINE_USER_ID_PATTERN } from '../constants'
import { label, lineT } from '../translations'

/** The staff member's own LINE ids: test deliveries go there and nowhere else. */
const lineUserIdsField = (organisation: Organisation): Field => {
  const adminOrSelf: FieldAccess = ({ doc, req }) => Boolean(req.user) && (organisation.isAdminUser(req.user) || doc?.id === req.user?.id)
  return {
    name: 'lineUserIds',
    type: 'text',
    access: { read: adminOrSelf, update: adminOrSelf },
    admin: { description: label('userLineIdsHelp') },
    hasMany: true,
    label: label('userLineIds'),
    validate: (value: unknown, { req }: { req: Parameters<typeof lineT>[0] }) => {
      const values = Array.isArray(value) ? value : value ? [value] : []
      const bad = values.find((v) => typeof v !== 'string' || !LINE_USER_ID_PATTERN.test(v))
      return bad === undefined ? true : lineT(req, 'errorNotLineUserId', { value: String(bad) })
    },
  } as Field
}

/** Adds the field to the users collection, keeping every field it already has. */
export const withLineUserIds = (collection: CollectionConfig, organisation: Organisation): CollectionConfig =>
  appendFields(collection, [lineUserIdsField(organisation)])
