import type { CollectionConfig } from 'payload'

import { appendFields } from '@akita-dx/plugin-core'

import { label } from '../translations'

/** 「LINEで配信」 at the end of the edit view of a collection whose documents editors send. */
export const withSendPanel = (collection: CollectionConfig, approvalRequired: boolean): CollectionConfig =>
  appendFields(collection, [
    {
      name: 'lineSend',
      type: 'ui',
      admin: { components: { Field: { clientProps: { approvalRequired }, path: '@akita-dx/plugin-line/client#SendOnLine' } } },
      label: label('sendPanel'),
    },
  ])
