import type { CollectionConfig, Field } from 'payload'

/** 「LINEで配信」 on the edit view of a collection whose documents editors send. */
export const sendPanelField: Field = {
  name: 'lineSend',
  type: 'ui',
  admin: { components: { Field: '/plugins/line/components/SendOnLine#SendOnLine' } },
  label: { en: 'Send on LINE', ja: 'LINEで配信' },
}

/** Adds the panel after the collection's own fields, once. */
export const withSendPanel = (collection: CollectionConfig): CollectionConfig =>
  collection.fields.some((f) => 'name' in f && f.name === sendPanelField.name)
    ? collection
    : { ...collection, fields: [...collection.fields, sendPanelField] }
