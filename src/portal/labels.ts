import type { PublicReader, Term } from '@akita-dx/plugin-public-api'

import { labelIn } from '@akita-dx/plugin-core/shared'
import { AREA_SCOPES, SUBSIDY_STATUSES } from '@akita-dx/plugin-public-api'

/** The Japanese label of a value of a vocabulary list, or the value itself for one it does not know. */
export const termLabel = (terms: readonly Term[], value: null | string | undefined): string => {
  if (!value) return ''
  const term = terms.find((t) => t.value === value)
  return term ? labelIn(term.label) : value
}

export const statusLabel = (status: string): string => termLabel(SUBSIDY_STATUSES, status)

/** Where a programme applies, in words: 全国, 県内全域, or the municipalities it lists. */
export const areaLabel = (reader: PublicReader, area: string, municipalities: string[]): string =>
  area === 'municipalities' && municipalities.length
    ? municipalities.map((code) => termLabel(reader.vocabulary.municipalities, code)).join('・')
    : termLabel(AREA_SCOPES, area)
