import type { CollectionConfig } from 'payload'

import { adminOrDepartmentEditor, nobody } from '../../../src/access'
import { SLUGS } from '../constants'
import { sendInquiryReply } from '../hooks/sendInquiryReply'
import type { ResolvedLineOptions } from '../types'

/** Free-text messages from residents, routed to a department's inbox; a reply goes back on LINE. */
export const inquiriesCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.inquiries,
  access: {
    create: nobody,
    delete: adminOrDepartmentEditor('department'),
    read: adminOrDepartmentEditor('department'),
    update: adminOrDepartmentEditor('department'),
  },
  admin: {
    defaultColumns: ['text', 'department', 'status', 'receivedAt'],
    group: options.adminGroup,
    useAsTitle: 'text',
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      access: { update: () => false },
      label: { en: 'Message', ja: 'お問い合わせ内容' },
      required: true,
    },
    {
      name: 'subscriber',
      type: 'relationship',
      access: { update: () => false },
      admin: { readOnly: true },
      label: { en: 'Resident', ja: '送信者' },
      relationTo: SLUGS.subscribers,
      required: true,
    },
    {
      name: 'department',
      type: 'relationship',
      index: true,
      label: { en: 'Department', ja: '担当課' },
      relationTo: 'departments',
    },
    {
      name: 'matchedKeyword',
      type: 'text',
      access: { update: () => false },
      admin: { readOnly: true },
      label: { en: 'Routed by keyword', ja: '振り分けキーワード' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'new',
      index: true,
      label: { en: 'Status', ja: '対応状況' },
      options: [
        { label: { en: 'New', ja: '未対応' }, value: 'new' },
        { label: { en: 'Answered', ja: '回答済み' }, value: 'answered' },
        { label: { en: 'Closed', ja: '完了' }, value: 'closed' },
      ],
      required: true,
    },
    {
      name: 'replyText',
      type: 'textarea',
      admin: {
        description: { en: 'Saved replies are pushed to the resident on LINE once.', ja: '保存すると一度だけ LINE で返信します。' },
      },
      label: { en: 'Reply', ja: '返信' },
      maxLength: 5000,
    },
    {
      name: 'repliedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { readOnly: true },
      label: { en: 'Replied at', ja: '返信日時' },
    },
    { name: 'receivedAt', type: 'date', admin: { readOnly: true }, index: true, label: { en: 'Received at', ja: '受信日時' } },
    {
      // Set while a reply is being pushed, so two saves at once send one reply.
      name: 'replyClaimedAt',
      type: 'date',
      access: { create: () => false, update: () => false },
      admin: { hidden: true },
    },
    {
      // The webhook event it came from: an event processed again after a crash files no second inquiry.
      name: 'sourceEventId',
      type: 'text',
      access: { update: () => false },
      admin: { hidden: true },
      index: true,
      unique: true,
    },
  ],
  hooks: { beforeChange: [sendInquiryReply(options)] },
  labels: {
    plural: { en: 'LINE inquiries', ja: 'LINEお問い合わせ' },
    singular: { en: 'LINE inquiry', ja: 'LINEお問い合わせ' },
  },
})
