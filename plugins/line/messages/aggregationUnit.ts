import crypto from 'node:crypto'

import { jstDay } from '@akita-dx/plugin-core/shared'

import { AGGREGATION_UNIT_PATTERN } from '../constants'

/**
 * One `customAggregationUnits` name per delivery (`^[a-zA-Z0-9_]{1,30}$`), readable by date so
 * statistics can be matched by eye: `akita_20261127_3f9a1c`.
 */
export const newAggregationUnit = (prefix: string, now = new Date()): string => {
  const unit = `${prefix}_${jstDay(now).replaceAll('-', '')}_${crypto.randomBytes(3).toString('hex')}`
  if (!AGGREGATION_UNIT_PATTERN.test(unit))
    throw new Error(`linePlugin: aggregation unit "${unit}" is not a valid LINE unit name (shorten aggregationUnitPrefix)`)
  return unit
}
