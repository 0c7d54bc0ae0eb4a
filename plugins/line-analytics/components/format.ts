/** Formatting shared by the server and client components (no React, no server code). */
import type { CSSProperties } from 'react'

import type { AnalyticsTranslationKey } from '../translations'

import { figureText } from '../dashboard/figures'

export { formatPercent as percent } from '@akita-dx/plugin-core/shared'

export type Translate = (key: AnalyticsTranslationKey, vars?: Record<string, unknown>) => string

/** A LINE figure in the admin's language: the number, 「20未満のため非公開」 or 「未取得」. */
export const figureFormat =
  (t: Translate) =>
  (value: null | number | undefined, pending = false): string =>
    figureText(value, { hidden: t('figureHidden'), pending: t('figurePending') }, pending)

export const PALETTE = ['#1B5E9F', '#E07A1F', '#2E9E5B', '#B8336A', '#7A5BB5', '#C9A227', '#3A9FBF', '#8C564B', '#5F6B73', '#D64541']

export const cell: CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-150)',
  padding: '6px 8px',
  textAlign: 'right',
  whiteSpace: 'nowrap',
}
export const leftCell: CSSProperties = { ...cell, textAlign: 'left', whiteSpace: 'normal' }
export const panelBox: CSSProperties = { background: 'var(--theme-elevation-50)', borderRadius: 6, marginBottom: 24, padding: 16 }
