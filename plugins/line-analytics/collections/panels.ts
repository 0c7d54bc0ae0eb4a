import type { CollectionConfig } from 'payload'

import { appendFields } from '@akita-dx/plugin-core'

import { label } from '../translations'

const CLIENT = '@akita-dx/plugin-line-analytics/client'

/**
 * A results panel at the end of an edit view. Disabled, the field stays (the same schema) but
 * renders nothing: it has no endpoint to read from.
 */
const panel = (
  collection: CollectionConfig,
  name: string,
  component: string,
  key: 'documentPanel' | 'segmentWarningLabel',
  disabled: boolean,
) =>
  appendFields(collection, [
    { name, type: 'ui', admin: { components: disabled ? {} : { Field: `${CLIENT}#${component}` } }, label: label(key) },
  ])

/** 「LINE配信の効果」 on a collection the LINE plugin sends from: the document's deliveries and their figures. */
export const withResultsPanel = (collection: CollectionConfig, disabled: boolean) =>
  panel(collection, 'lineAnalytics', 'DocumentPanel', 'documentPanel', disabled)

/** On a segment: a warning when LINE will hide its statistics (under 20 recipients). */
export const withStatisticsWarning = (collection: CollectionConfig, disabled: boolean) =>
  panel(collection, 'statisticsWarning', 'SegmentWarning', 'segmentWarningLabel', disabled)
