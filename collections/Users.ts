import type { CollectionAfterErrorHook, CollectionConfig, FieldAccess } from 'payload'

import { sameId } from '@akita-dx/plugin-core/shared'
import { AuthenticationError, LockedAuth } from 'payload'

import { isAdmin, isAdminField, isAdminUser, isStaff, isStaffUser, roleOptions } from '../src/access'
import { servedOverHttps } from '../src/lib/origins'

/**
 * A locked account answers a login exactly as a wrong password or an unknown address does, so
 * the answer does not tell which addresses have accounts (and which are being guessed at).
 */
const lockedLikeWrongPassword: CollectionAfterErrorHook = ({ error, req }) => {
  if (!(error instanceof LockedAuth) && error?.name !== 'LockedAuth') return
  return { response: { errors: [{ message: new AuthenticationError(req.t).message }] }, status: 401 }
}

// The admin's form state asks with the document's `id` and no `doc`: without it, one's own e-mail showed empty on the account page.
const adminOrSelfField: FieldAccess = ({ doc, id, req }) =>
  Boolean(req.user) && (isAdminUser(req.user) || sameId(doc?.id ?? id, req.user?.id))

/**
 * Staff accounts. Everyone signed in can see colleagues' names and departments (ideas and
 * help requests show them); e-mail addresses only to admins and the person themselves.
 */
export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => isStaffUser(req.user),
    create: isAdmin,
    delete: isAdmin,
    read: isStaff,
    // Cancelling a lockout is for admins: anyone else could undo the lockout of an account being guessed at.
    unlock: isAdmin,
    update: ({ req }) => {
      if (!req.user) return false
      if (isAdminUser(req.user)) return true
      return { id: { equals: req.user.id } }
    },
  },
  admin: {
    defaultColumns: ['name', 'email', 'roles', 'department'],
    group: { en: 'Organisation', ja: '組織' },
    useAsTitle: 'name',
  },
  auth: {
    // Decided per deployment: an https PUBLIC_URL makes the session cookie Secure. Behind an https
    // proxy the server also marks it Secure on every answer to a request that came over https.
    cookies: { secure: servedOverHttps() },
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  fields: [
    {
      // Overrides the auth e-mail so colleagues see names, not addresses.
      name: 'email',
      type: 'email',
      access: { read: adminOrSelfField },
      index: true,
      label: { en: 'Email', ja: 'メールアドレス' },
      required: true,
      unique: true,
    },
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', ja: '氏名' },
      required: true,
    },
    {
      name: 'roles',
      type: 'select',
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      defaultValue: ['staff'],
      hasMany: true,
      index: true,
      label: { en: 'Roles', ja: '権限' },
      options: roleOptions,
      required: true,
      saveToJWT: true,
    },
    {
      name: 'department',
      type: 'relationship',
      access: {
        create: isAdminField,
        update: isAdminField,
      },
      index: true,
      label: { en: 'Department', ja: '所属課' },
      relationTo: 'departments',
      saveToJWT: true,
    },
  ],
  hooks: { afterError: [lockedLikeWrongPassword] },
  labels: {
    plural: { en: 'Users', ja: 'ユーザー' },
    singular: { en: 'User', ja: 'ユーザー' },
  },
}
