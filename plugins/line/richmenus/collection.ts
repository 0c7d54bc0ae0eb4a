import type { Access, CollectionBeforeChangeHook, CollectionBeforeDeleteHook, CollectionConfig, Field } from 'payload'

import { Refusal } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { sendsForAll } from '../delivery/ownership'
import { label, lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { richMenuEndpoints } from './endpoints'
import { RICH_MENU_LIMITS } from './rules'

const never = () => false

/** A saved change of a published menu is not on LINE until it is published again. */
const markOutdated: CollectionBeforeChangeHook = ({ context, data, operation, originalDoc }) => {
  if (operation === 'update' && !context.richMenuState && originalDoc?.status === 'published') return { ...data, status: 'outdated' }
  return data
}

/** A menu on LINE is withdrawn first, so that no resident keeps a menu nobody can change. */
const keepPublished: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({ collection: SLUGS.richMenus, depth: 0, disableErrors: true, id, overrideAccess: true, req })
  if (doc?.lineRichMenuId) throw new Refusal(400, lineT(req, 'richMenuDeletePublished'))
}

const areaFields: Field[] = [
  { name: 'label', type: 'text', label: label('richMenuAreaLabel'), maxLength: RICH_MENU_LIMITS.label, required: true },
  {
    type: 'row',
    fields: (['x', 'y', 'width', 'height'] as const).map((name) => ({
      name,
      type: 'number' as const,
      admin: { step: 1, width: '25%' },
      label: label(`richMenuArea_${name}`),
      min: 0,
      required: true,
    })),
  },
  {
    name: 'action',
    type: 'select',
    defaultValue: 'uri',
    label: label('richMenuAreaAction'),
    options: [
      { label: label('richMenuActionUri'), value: 'uri' },
      { label: label('richMenuActionMessage'), value: 'message' },
      { label: label('richMenuActionPostback'), value: 'postback' },
    ],
    required: true,
  },
  {
    name: 'uri',
    type: 'text',
    admin: { condition: (_, row) => row?.action === 'uri' },
    label: label('richMenuAreaUri'),
    maxLength: RICH_MENU_LIMITS.uri,
  },
  {
    name: 'text',
    type: 'text',
    admin: { condition: (_, row) => row?.action === 'message', description: label('richMenuAreaTextHelp') },
    label: label('richMenuAreaText'),
    maxLength: RICH_MENU_LIMITS.actionText,
  },
  {
    name: 'data',
    type: 'text',
    admin: { condition: (_, row) => row?.action === 'postback' },
    label: label('richMenuAreaData'),
    maxLength: RICH_MENU_LIMITS.actionText,
  },
]

const stateFields: Field[] = [
  {
    name: 'status',
    type: 'select',
    access: { create: never, update: never },
    admin: { position: 'sidebar', readOnly: true },
    defaultValue: 'draft',
    index: true,
    label: label('richMenuStatus'),
    options: [
      { label: label('richMenuDraft'), value: 'draft' },
      { label: label('richMenuPublished'), value: 'published' },
      { label: label('richMenuOutdated'), value: 'outdated' },
    ],
  },
  {
    name: 'publishedAt',
    type: 'date',
    access: { create: never, update: never },
    admin: { position: 'sidebar', readOnly: true },
    label: label('richMenuPublishedAt'),
  },
  {
    name: 'linkedCount',
    type: 'number',
    access: { create: never, update: never },
    admin: { position: 'sidebar', readOnly: true },
    label: label('richMenuLinkedCount'),
  },
  {
    name: 'lastError',
    type: 'text',
    access: { create: never, update: never },
    admin: { position: 'sidebar', readOnly: true },
    label: label('richMenuLastError'),
  },
  { name: 'lineRichMenuId', type: 'text', access: { create: never, update: never }, admin: { hidden: true }, index: true },
  { name: 'publishingAt', type: 'date', access: { create: never, update: never }, admin: { hidden: true } },
]

/**
 * Rich menus (リッチメニュー): an image from the app's media with tap areas, published as the
 * account's default menu or as the menu of a segment's residents. Account-wide, so only admins
 * and the departments that send for all make and publish them; every editor may look.
 */
export const richMenusCollection = (options: ResolvedLineOptions, media: string): CollectionConfig => {
  const manage: Access = ({ req }) => sendsForAll(req, options)
  return {
    slug: SLUGS.richMenus,
    access: { create: manage, delete: manage, read: options.organisation.isEditor, update: manage },
    admin: {
      defaultColumns: ['name', 'target', 'segment', 'status', 'publishedAt'],
      description: label('richMenusHelp'),
      group: options.adminGroup,
      useAsTitle: 'name',
    },
    endpoints: options.disabled ? [] : richMenuEndpoints(options),
    fields: [
      { name: 'name', type: 'text', label: label('richMenuName'), maxLength: RICH_MENU_LIMITS.name, required: true },
      {
        name: 'chatBarText',
        type: 'text',
        admin: { description: label('richMenuChatBarHelp') },
        defaultValue: 'メニュー',
        label: label('richMenuChatBar'),
        maxLength: RICH_MENU_LIMITS.chatBarText,
        required: true,
      },
      {
        name: 'image',
        type: 'upload',
        admin: { description: label('richMenuImageHelp') },
        label: label('richMenuImage'),
        relationTo: media,
        required: true,
      },
      { name: 'selected', type: 'checkbox', defaultValue: true, label: label('richMenuSelected') },
      {
        name: 'target',
        type: 'radio',
        defaultValue: 'default',
        label: label('richMenuTarget'),
        options: [
          { label: label('richMenuTargetDefault'), value: 'default' },
          { label: label('richMenuTargetSegment'), value: 'segment' },
        ],
        required: true,
      },
      {
        name: 'segment',
        type: 'relationship',
        admin: { condition: (data) => data?.target === 'segment' },
        label: label('richMenuSegment'),
        relationTo: SLUGS.segments,
      },
      {
        name: 'priority',
        type: 'number',
        admin: { condition: (data) => data?.target === 'segment', description: label('richMenuPriorityHelp') },
        defaultValue: 0,
        label: label('richMenuPriority'),
      },
      {
        name: 'preview',
        type: 'ui',
        admin: { components: { Field: { clientProps: { media }, path: '@akita-dx/plugin-line/client#RichMenuPreview' } } },
        label: label('richMenuPreview'),
      },
      { name: 'areas', type: 'array', fields: areaFields, label: label('richMenuAreas'), maxRows: RICH_MENU_LIMITS.areas },
      {
        name: 'publishPanel',
        type: 'ui',
        admin: { components: { Field: '@akita-dx/plugin-line/client#RichMenuPublish' }, position: 'sidebar' },
        label: label('richMenuPublishPanel'),
      },
      ...stateFields,
    ],
    hooks: { beforeChange: [markOutdated], beforeDelete: [keepPublished] },
    labels: { plural: label('richMenusPlural'), singular: label('richMenusSingular') },
  }
}
