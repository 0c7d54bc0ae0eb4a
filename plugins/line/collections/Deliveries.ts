import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { DELIVERY_STATUSES, SLUGS } from '../constants'
import { approvalEndpoint, approveEndpoint, rejectEndpoint } from '../approval/endpoints'
import { cancelEndpoint, previewEndpoint, progressEndpoint } from '../delivery/endpoints'
import { deleteBatches, refuseDeleteWhileSending, startWhenDue } from '../delivery/lifecycle'
import { readDeliveries } from '../delivery/ownership'
import { prepareDelivery, tieTransformedRows } from '../delivery/prepare'
import { deliveryStatusKey } from '../translations/statusKey'
import { label, type LineTranslationKey } from '../translations'
import type { ResolvedLineOptions } from '../types'

const written = { create: () => false, update: () => false }

/** Bookkeeping written by the sender only (no API writes). */
const bookkeeping = (name: string, type: 'date' | 'number' | 'text', key: LineTranslationKey, hidden = false): Field =>
  ({ name, type, access: written, admin: { hidden, position: 'sidebar', readOnly: true }, label: label(key) }) as Field

const CLIENT = '@akita-dx/plugin-line/client'
const RSC = '@akita-dx/plugin-line/rsc'

/** What is sent, to whom and when: chosen by the editor when the delivery is created. */
const requestFields = (options: ResolvedLineOptions): Field[] => [
  { name: 'documentTitle', type: 'text', access: written, admin: { readOnly: true }, label: label('deliveryDocumentTitle') },
  {
    name: 'collection',
    type: 'select',
    defaultValue: options.collections[0]?.slug,
    label: label('deliveryCollection'),
    options: options.collections.map((c) => ({ label: c.label ?? c.slug, value: c.slug })),
    required: true,
  },
  {
    name: 'document',
    type: 'text',
    admin: { description: label('deliveryDocumentHelp') },
    label: label('deliveryDocument'),
    required: true,
  },
  {
    name: 'mode',
    type: 'select',
    defaultValue: 'test',
    label: label('deliveryMode'),
    options: [
      { label: label('modeTest'), value: 'test' },
      { label: label('modeLive'), value: 'live' },
    ],
    required: true,
  },
  {
    name: 'segments',
    type: 'relationship',
    admin: { condition: (data) => data?.mode === 'live' },
    hasMany: true,
    label: label('deliverySegments'),
    relationTo: SLUGS.segments,
  },
  {
    // Set by the request (and kept by the server only when the segments needed it): sent beyond
    // the document's own 対象市町村 on purpose.
    name: 'municipalityOverride',
    type: 'checkbox',
    access: { update: () => false },
    admin: { condition: (data) => data?.mode === 'live', position: 'sidebar', readOnly: true },
    defaultValue: false,
    label: label('deliveryMunicipalityOverride'),
  },
  {
    name: 'scheduledAt',
    type: 'date',
    admin: { date: { pickerAppearance: 'dayAndTime' }, description: label('deliveryScheduledAtHelp') },
    index: true,
    label: label('deliveryScheduledAt'),
  },
  { name: 'altText', type: 'text', admin: { description: label('deliveryAltTextHelp') }, label: label('deliveryAltText'), maxLength: 1500 },
  { name: 'extraText', type: 'textarea', label: label('deliveryExtraText'), maxLength: 5000 },
]

/** How the send went, written by the sender. */
const outcomeFields = (options: ResolvedLineOptions): Field[] => [
  { name: 'messages', type: 'json', access: written, admin: { hidden: true }, label: label('deliveryMessages') },
  { name: 'messageWarnings', type: 'json', access: written, admin: { hidden: true } },
  {
    name: 'status',
    type: 'select',
    access: written,
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 'scheduled',
    index: true,
    label: label('deliveryStatus'),
    options: DELIVERY_STATUSES.map((value) => ({ label: label(deliveryStatusKey(value)), value })),
  },
  bookkeeping('recipientEstimate', 'number', 'deliveryRecipientEstimate'),
  bookkeeping('total', 'number', 'deliveryTotal'),
  bookkeeping('sent', 'number', 'deliverySent'),
  bookkeeping('failed', 'number', 'deliveryFailed'),
  bookkeeping('lastError', 'text', 'deliveryLastError'),
  bookkeeping('aggregationUnit', 'text', 'deliveryAggregationUnit'),
  {
    name: 'department',
    type: 'relationship',
    access: written,
    admin: { position: 'sidebar', readOnly: true },
    index: true,
    label: label('deliveryDepartment'),
    relationTo: options.organisation.departments,
  },
  {
    name: 'requestedBy',
    type: 'relationship',
    access: written,
    admin: { position: 'sidebar', readOnly: true },
    label: label('deliveryRequestedBy'),
    relationTo: options.organisation.users,
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    access: written,
    admin: { position: 'sidebar', readOnly: true },
    label: label('deliveryReviewedBy'),
    relationTo: options.organisation.users,
  },
  bookkeeping('reviewedAt', 'date', 'deliveryReviewedAt'),
  bookkeeping('rejectionReason', 'text', 'deliveryRejectionReason'),
  { name: 'sandbox', type: 'checkbox', access: written, admin: { position: 'sidebar', readOnly: true }, label: label('deliverySandbox') },
  bookkeeping('frozenAt', 'date', 'deliveryFrozenAt'),
  bookkeeping('startedAt', 'date', 'deliveryStartedAt'),
  bookkeeping('finishedAt', 'date', 'deliveryFinishedAt'),
  bookkeeping('claimedBy', 'text', 'deliveryClaimedBy', true),
  bookkeeping('claimedUntil', 'date', 'deliveryClaimedUntil', true),
]

/**
 * A send of one document to one or more segments (or, in test mode, to the editor's own LINE
 * ids). Created by editors; afterwards only the sender changes it, so the record shows what
 * was sent, to how many, and how it ended.
 */
export const deliveriesCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.deliveries,
  access: {
    create: options.organisation.isEditor,
    delete: options.organisation.isAdmin,
    read: readDeliveries(options),
    update: nobody,
  },
  admin: {
    components: { beforeList: [`${RSC}#SandboxBanner`, `${RSC}#AwaitingApproval`] },
    defaultColumns: ['documentTitle', 'mode', 'status', 'sent', 'total', 'scheduledAt', 'createdAt'],
    group: options.adminGroup,
    useAsTitle: 'documentTitle',
  },
  endpoints: options.disabled
    ? []
    : [
        previewEndpoint(options),
        progressEndpoint(options),
        cancelEndpoint(options),
        approvalEndpoint(options),
        approveEndpoint(options),
        rejectEndpoint(options),
      ],
  fields: [
    { name: 'sandboxNotice', type: 'ui', admin: { components: { Field: `${RSC}#SandboxBanner` } } },
    { name: 'approvalPanel', type: 'ui', admin: { components: { Field: `${CLIENT}#ApprovalPanel` } } },
    { name: 'progress', type: 'ui', admin: { components: { Field: `${CLIENT}#DeliveryProgress` } } },
    ...requestFields(options),
    { name: 'preview', type: 'ui', admin: { components: { Field: `${CLIENT}#MessagePreview` } }, label: label('deliveryPreview') },
    ...outcomeFields(options),
  ],
  hooks: {
    afterChange: [tieTransformedRows, startWhenDue(options)],
    afterDelete: [deleteBatches],
    beforeChange: [prepareDelivery(options)],
    beforeDelete: [refuseDeleteWhileSending],
  },
  labels: { plural: label('deliveriesPlural'), singular: label('deliveriesSingular') },
})
