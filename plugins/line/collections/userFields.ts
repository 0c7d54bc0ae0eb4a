import type { CollectionConfig, Field, FieldAccess } from 'payload'

import { isAdminUser } from '../../../src/access'
import { LINE_USER_ID_PATTERN } from '../constants'

const adminOrSelf: FieldAccess = ({ doc, req }) =>
  Boolean(req.user) && (isAdminUser(req.user) || doc?.id === req.user?.id)

/** The staff member's own LINE ids: test deliveries go there and nowhere else. */
export const lineUserIdsField: Field = {
  name: 'lineUserIds',
  type: 'text',
  access: { read: adminOrSelf, update: adminOrSelf },
  admin: {
    description: {
      en: 'Your own LINE user ids (U + 32 hex digits). Test deliveries are sent only to these.',
      ja: 'ご自身の LINE ユーザーID（U + 16進32桁）。テスト配信はここにだけ送られます。',
    },
  },
  hasMany: true,
  label: { en: 'LINE user ids for test sends', ja: 'テスト配信先 LINE ユーザーID' },
  validate: (value: unknown) => {
    const values = Array.isArray(value) ? value : value ? [value] : []
    const bad = values.find((v) => typeof v !== 'string' || !LINE_USER_ID_PATTERN.test(v))
    return bad === undefined ? true : `LINE ユーザーIDの形式ではありません: ${String(bad)}`
  },
}

/** Adds the field to the users collection, keeping every field it already has. */
export const withLineUserIds = (collection: CollectionConfig): CollectionConfig =>
  collection.fields.some((f) => 'name' in f && f.name === lineUserIdsField.name)
    ? collection
    : { ...collection, fields: [...collection.fields, lineUserIdsField] }
