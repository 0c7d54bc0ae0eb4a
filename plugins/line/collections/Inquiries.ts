import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { sendInquiryReply } from '../inquiries/sendReply'
import { label } from '../translations'
import type { ResolvedLineOptions } from '../types'

const never = () => false

/** Free-text messages from residents, routed to a department's inbox; a reply goes back on LINE. */
export const inquiriesCollection = (options: ResolvedLineOptions): CollectionConfig => {
  const { organisation } = options
  const ownDepartment = organisation.adminOrDepartmentEditor(organisation.departmentField)
  return {
    slug: SLUGS.inquiries,
    access: { create: nobody, delete: ownDepartment, read: ownDepartment, update: ownDepartment },
    admin: {
      defaultColumns: ['text', organisation.departmentField, 'status', 'receivedAt'],
      group: options.adminGroup,
      useAsTitle: 'text',
    },
    fields: [
      { name: 'text', type: 'textarea', access: { update: never }, label: label('inquiryText'), required: true },
      {
        name: 'subscriber',
        type: 'relationship',
        access: { update: never },
        admin: { readOnly: true },
        label: label('inquirySubscriber'),
        relationTo: SLUGS.subscribers,
        required: true,
      },
      {
        name: organisation.departmentField,
        type: 'relationship',
        index: true,
        label: label('inquiryDepartment'),
        relationTo: organisation.departments,
      },
      { name: 'matchedKeyword', type: 'text', access: { update: never }, admin: { readOnly: true }, label: label('inquiryMatchedKeyword') },
      {
        name: 'status',
        type: 'select',
        defaultValue: 'new',
        index: true,
        label: label('inquiryStatus'),
        options: [
          { label: label('inquiryNew'), value: 'new' },
          { label: label('inquiryAnswered'), value: 'answered' },
          { label: label('inquiryClosed'), value: 'closed' },
        ],
        required: true,
      },
      {
        name: 'replyText',
        type: 'textarea',
        admin: { description: label('inquiryReplyHelp') },
        label: label('inquiryReply'),
        maxLength: 5000,
      },
      {
        name: 'repliedAt',
        type: 'date',
        access: { create: never, update: never },
        admin: { readOnly: true },
        label: label('inquiryRepliedAt'),
      },
      { name: 'receivedAt', type: 'date', admin: { readOnly: true }, index: true, label: label('inquiryReceivedAt') },
      // Set while a reply is being pushed, so two saves at once send one reply.
      { name: 'replyClaimedAt', type: 'date', access: { create: never, update: never }, admin: { hidden: true } },
      // The webhook event it came from: an event processed again after a crash files no second inquiry.
      { name: 'sourceEventId', type: 'text', access: { update: never }, admin: { hidden: true }, index: true, unique: true },
    ],
    hooks: { beforeChange: [sendInquiryReply(options)] },
    labels: { plural: label('inquiriesPlural'), singular: label('inquiriesSingular') },
  }
}
