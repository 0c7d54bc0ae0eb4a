import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '../src/access'

/** 関係課: the departments that own announcements, ideas, help requests and programmes. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isStaff,
    update: isAdmin,
  },
  admin: {
    defaultColumns: ['name', 'division', 'code'],
    group: { en: 'Organisation', ja: '組織' },
    useAsTitle: 'name',
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      index: true,
      label: { en: 'Name', ja: '課名' },
      required: true,
      unique: true,
    },
    {
      name: 'code',
      type: 'text',
      admin: { description: { en: 'Short English code, e.g. koho', ja: '英字の短いコード（例: koho）' } },
      index: true,
      label: { en: 'Code', ja: 'コード' },
      required: true,
      unique: true,
    },
    {
      name: 'division',
      type: 'text',
      label: { en: 'Division', ja: '部局' },
    },
    {
      name: 'email',
      type: 'email',
      label: { en: 'Contact email', ja: '連絡先メール' },
    },
    {
      name: 'phone',
      type: 'text',
      label: { en: 'Phone', ja: '電話番号' },
    },
  ],
  labels: {
    plural: { en: 'Departments', ja: '関係課' },
    singular: { en: 'Department', ja: '関係課' },
  },
}
