import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { databaseKind } from '../lib/database'

const HEALTH_TIMEOUT_MS = 3_000

/** 200 after a real database round trip, 503 when the database does not answer in time. */
export const healthHandler = (payload: Payload) => async (_req: Request, res: Response) => {
  const db = databaseKind(process.env.DATABASE_URI)
  res.setHeader('cache-control', 'no-store')
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      payload.count({ collection: 'departments', overrideAccess: true }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS)
      }),
    ])
    res.status(200).json({ db, ok: true })
  } catch {
    res.status(503).json({ db, errors: [{ message: 'database unreachable' }], ok: false })
  } finally {
    clearTimeout(timer)
  }
}
