import type { CollectionConfig } from 'payload'

import { isAdmin, isStaff } from '../src/access'
import { municipalityOptions } from '../src/lib/akita'

/**
 * 関係課: the departments that own announcements, ideas, help requests and programmes, and the
 * offices of the 25 市町村 that use the same admin (`municipality` set): their staff write for
 * and send on LINE to their own municipality only.
 */
export const Departments: CollectionConfig = {
  slug: 'departments',
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isStaff,
    update: isAdmin,
  },
  admin: {
    defaultColumns: ['name', 'division', 'municipality', 'code'],
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
      name: 'municipality',
      type: 'select',
      admin: {
        description: {
          en: 'For an office of a municipality only: its staff send on LINE to residents registered in it, and nobody else. Empty for the prefecture.',
          ja: '市町村の組織のときだけ選びます。その職員は、この市町村に登録した住民にだけLINEで配信できます。県の課は空欄です。',
        },
      },
      index: true,
      label: { en: 'Municipality', ja: '市町村' },
      options: municipalityOptions,
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
