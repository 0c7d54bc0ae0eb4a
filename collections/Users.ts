import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin, isAdminField, isAdminUser, isStaff, isStaffUser, roleOptions } from '../src/access'

const adminOrSelfField: FieldAccess = ({ doc, req }) => Boolean(req.user) && (isAdminUser(req.user) || doc?.id === req.user?.id)

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
  labels: {
    plural: { en: 'Users', ja: 'ユーザー' },
    singular: { en: 'User', ja: 'ユーザー' },
  },
}
