import type { CollectionConfig, Field } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { DELIVERY_STATUSES, SLUGS } from '../constants'
import { cancelEndpoint, previewEndpoint, progressEndpoint } from '../delivery/endpoints'
import { deleteBatches, refuseDeleteWhileSending, startWhenDue } from '../delivery/lifecycle'
import { prepareDelivery, tieTransformedRows } from '../delivery/prepare'
import { label, type LineTranslationKey } from '../translations'
import type { ResolvedLineOptions } from '../types'

const written = { create: () => false, update: () => false }

/** Bookkeeping written by the sender only (no API writes). */
const bookkeeping = (name: string, type: 'date' | 'number' | 'text', key: LineTranslationKey, hidden = false): Field =>
  ({ name, type, access: written, admin: { hidden, position: 'sidebar', readOnly: true }, label: label(key) }) as Field

const CLIENT = '@akita-dx/plugin-line/client'
const RSC = '@akita-dx/plugin-line/rsc'

const statusKey = (status: string) => `status${status[0].toUpperCase()}${status.slice(1)}` as LineTranslationKey

/** What is sent, to whom and when: chosen by the editor when the delivery is created. */
const requestFields = (options: ResolvedLineOptions): Field[] => [
  { name: 'documentTitle', type: 'text', access: written, admin: { readOnly: true }, label: label('deliveryDocumentTitle') },
  {
    name: 'collection',
    type: 'select',
    defaultValue: options.collections[0]?.slug,
    label: label('deliveryCollection'),
    options: options.collections.map((c) => ({ label: c.slug, value: c.slug })),
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
    options: DELIVERY_STATUSES.map((value) => ({ label: label(statusKey(value)), value })),
  },
  bookkeeping('total', 'number', 'deliveryTotal'),
  bookkeeping('sent', 'number', 'deliverySent'),
  bookkeeping('failed', 'number', 'deliveryFailed'),
  bookkeeping('lastError', 'text', 'deliveryLastError'),
  bookkeeping('aggregationUnit', 'text', 'deliveryAggregationUnit'),
  {
    name: 'requestedBy',
    type: 'relationship',
    access: written,
    admin: { position: 'sidebar', readOnly: true },
    label: label('deliveryRequestedBy'),
    relationTo: options.organisation.users,
  },
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
    read: options.organisation.isEditor,
    update: nobody,
  },
  admin: {
    components: { beforeList: [`${RSC}#SandboxBanner`] },
    defaultColumns: ['documentTitle', 'mode', 'status', 'sent', 'total', 'scheduledAt', 'createdAt'],
    group: options.adminGroup,
    useAsTitle: 'documentTitle',
  },
  endpoints: options.disabled ? [] : [previewEndpoint(options), progressEndpoint(options), cancelEndpoint(options)],
  fields: [
    { name: 'sandboxNotice', type: 'ui', admin: { components: { Field: `${RSC}#SandboxBanner` } } },
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
