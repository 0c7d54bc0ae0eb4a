import crypto from 'node:crypto'

import { AGGREGATION_UNIT_PATTERN } from '../constants'

/**
 * One `customAggregationUnits` name per delivery (`^[a-zA-Z0-9_]{1,30}$`), readable by date so
 * statistics can be matched by eye: `akita_20261127_3f9a1c`.
 */
export const newAggregationUnit = (now = new Date()): string => {
  const day = now.toISOString().slice(0, 10).replace(/-/g, '')
  const unit = `akita_${day}_${crypto.randomBytes(3).toString('hex')}`
  if (!AGGREGATION_UNIT_PATTERN.test(unit)) throw new Error(`invalid aggregation unit ${unit}`)
  return unit
}
