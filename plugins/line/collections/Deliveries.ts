import type { CollectionConfig, Field } from 'payload'

import { isAdmin, isEditor, nobody } from '../../../src/access'
import { DELIVERY_STATUSES, SLUGS } from '../constants'
import { cancelEndpoint, previewEndpoint, progressEndpoint } from '../endpoints/deliveryEndpoints'
import { deleteBatches, refuseDeleteWhileSending, startWhenDue } from '../hooks/deliveryLifecycle'
import { prepareDelivery } from '../hooks/prepareDelivery'
import type { ResolvedLineOptions } from '../types'

const written = { create: () => false, update: () => false }

/** Bookkeeping written by the sender only (no API writes). */
const bookkeeping = (name: string, type: 'date' | 'number' | 'text', label: Record<string, string>, hidden = false): Field =>
  ({
    name,
    type,
    access: written,
    admin: { hidden, position: 'sidebar', readOnly: true },
    label,
  }) as Field

/**
 * A send of one document to one or more segments (or, in test mode, to the editor's own LINE
 * ids). Created by editors; afterwards only the sender changes it, so the record shows what
 * was sent, to how many, and how it ended.
 */
export const deliveriesCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.deliveries,
  access: {
    create: isEditor,
    delete: isAdmin,
    read: isEditor,
    update: nobody,
  },
  admin: {
    components: { beforeList: ['/plugins/line/components/SandboxBanner#SandboxBanner'] },
    defaultColumns: ['documentTitle', 'mode', 'status', 'sent', 'total', 'scheduledAt', 'createdAt'],
    group: options.adminGroup,
    useAsTitle: 'documentTitle',
  },
  endpoints: [previewEndpoint(options), progressEndpoint(), cancelEndpoint()],
  fields: [
    {
      name: 'sandboxNotice',
      type: 'ui',
      admin: { components: { Field: '/plugins/line/components/SandboxBanner#SandboxBanner' } },
    },
    {
      name: 'progress',
      type: 'ui',
      admin: { components: { Field: '/plugins/line/components/DeliveryProgress#DeliveryProgress' } },
    },
    {
      name: 'documentTitle',
      type: 'text',
      access: written,
      admin: { readOnly: true },
      label: { en: 'Document', ja: '配信する文書' },
    },
    {
      name: 'collection',
      type: 'select',
      defaultValue: options.collections[0]?.slug,
      label: { en: 'Collection', ja: '文書の種類' },
      options: options.collections.map((c) => ({ label: c.slug, value: c.slug })),
      required: true,
    },
    {
      name: 'document',
      type: 'text',
      admin: { description: { en: 'ID of the document to send.', ja: '配信する文書の ID' } },
      label: { en: 'Document id', ja: '文書 ID' },
      required: true,
    },
    {
      name: 'mode',
      type: 'select',
      defaultValue: 'test',
      label: { en: 'Mode', ja: '配信モード' },
      options: [
        { label: { en: 'Test (to my own LINE)', ja: 'テスト（自分の LINE のみ）' }, value: 'test' },
        { label: { en: 'Live', ja: '本配信' }, value: 'live' },
      ],
      required: true,
    },
    {
      name: 'segments',
      type: 'relationship',
      admin: { condition: (data) => data?.mode === 'live' },
      hasMany: true,
      label: { en: 'Segments', ja: 'セグメント' },
      relationTo: SLUGS.segments,
    },
    {
      name: 'scheduledAt',
      type: 'date',
      admin: {
        date: { pickerAppearance: 'dayAndTime' },
        description: { en: 'Empty: send now.', ja: '空欄なら今すぐ送信します。' },
      },
      index: true,
      label: { en: 'Scheduled at', ja: '配信予定日時' },
    },
    {
      name: 'altText',
      type: 'text',
      admin: { description: { en: 'Shown in notifications. Default: the title.', ja: '通知に表示される文。空欄ならタイトル。' } },
      label: { en: 'Alt text', ja: '代替テキスト' },
      maxLength: 1500,
    },
    { name: 'extraText', type: 'textarea', label: { en: 'Extra text message', ja: '追加のテキストメッセージ' }, maxLength: 5000 },
    {
      name: 'preview',
      type: 'ui',
      admin: { components: { Field: '/plugins/line/components/MessagePreview#MessagePreview' } },
      label: { en: 'Preview', ja: 'プレビュー' },
    },
    {
      name: 'messages',
      type: 'json',
      access: written,
      admin: { hidden: true },
      label: { en: 'Messages sent', ja: '送信メッセージ' },
    },
    { name: 'messageWarnings', type: 'json', access: written, admin: { hidden: true } },
    {
      name: 'status',
      type: 'select',
      access: written,
      admin: { position: 'sidebar', readOnly: true },
      defaultValue: 'scheduled',
      index: true,
      label: { en: 'Status', ja: '状態' },
      options: DELIVERY_STATUSES.map((s) => ({ label: { ...s.label }, value: s.value })),
    },
    bookkeeping('total', 'number', { en: 'Recipients', ja: '配信対象数' }),
    bookkeeping('sent', 'number', { en: 'Sent', ja: '送信済み' }),
    bookkeeping('failed', 'number', { en: 'Failed', ja: '失敗' }),
    bookkeeping('lastError', 'text', { en: 'LINE error', ja: 'LINE のエラー' }),
    bookkeeping('aggregationUnit', 'text', { en: 'Statistics unit', ja: '集計ユニット名' }),
    {
      name: 'requestedBy',
      type: 'relationship',
      access: written,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Requested by', ja: '依頼者' },
      relationTo: 'users',
    },
    {
      name: 'sandbox',
      type: 'checkbox',
      access: written,
      admin: { position: 'sidebar', readOnly: true },
      label: { en: 'Sandbox (emulator)', ja: 'サンドボックス（エミュレーター）' },
    },
    bookkeeping('frozenAt', 'date', { en: 'Recipients frozen at', ja: '配信対象確定日時' }),
    bookkeeping('startedAt', 'date', { en: 'Started at', ja: '送信開始' }),
    bookkeeping('finishedAt', 'date', { en: 'Finished at', ja: '送信終了' }),
    bookkeeping('claimedBy', 'text', { en: 'Claimed by', ja: '送信プロセス' }, true),
    bookkeeping('claimedUntil', 'date', { en: 'Claimed until', ja: '送信権の期限' }, true),
  ],
  hooks: {
    afterChange: [startWhenDue(options)],
    afterDelete: [deleteBatches],
    beforeChange: [prepareDelivery(options)],
    beforeDelete: [refuseDeleteWhileSending],
  },
  labels: {
    plural: { en: 'LINE deliveries', ja: 'LINE配信' },
    singular: { en: 'LINE delivery', ja: 'LINE配信' },
  },
})
