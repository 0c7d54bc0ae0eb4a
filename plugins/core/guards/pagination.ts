import type { PayloadRequest } from 'payload'

import { refuseInput } from '../errors/refusal'
import { coreT } from '../translations'

const MINIMUM = { depth: 0, limit: 0, page: 1 } as const

/**
 * `limit`, `page` and `depth` are whole numbers (a page from 1): Payload passes what it cannot
 * read as a number through as text, and PostgreSQL fails on a negative offset.
 */
export const checkPagination = (req: PayloadRequest, args: Partial<Record<keyof typeof MINIMUM, unknown>>) => {
  for (const [name, min] of Object.entries(MINIMUM) as [keyof typeof MINIMUM, number][]) {
    const value = args[name]
    if (value === undefined || value === null) continue
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
      throw refuseInput(coreT(req, 'integerRequired', { field: name, min }), name)
    }
  }
}
