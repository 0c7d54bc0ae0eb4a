import { labelIn } from '@akita-dx/plugin-core/shared'

import type { Term } from '../types'

/** The label readers of the API see: Japanese, else the first language given. */
export const japaneseLabel = (label: Term['label']): string => labelIn(label)

/** Label by value, for the `…Label` fields of the answers. */
export const labelsOf = (terms: readonly Term[]): ReadonlyMap<string, string> =>
  new Map(terms.map(({ label, value }) => [value, japaneseLabel(label)]))
