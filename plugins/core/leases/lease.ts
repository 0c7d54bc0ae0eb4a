import type { Payload } from 'payload'

import crypto from 'node:crypto'
import os from 'node:os'

import { compareAndSet } from '../db/compareAndSet'
import { LEASES_SLUG } from './collection'

/** Identifies this server process among the processes that share a database. */
export const processHolderId = `${os.hostname()}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`

type LeaseRow = { expiresAt?: null | string; holder?: null | string; id: number | string }

const findLease = async (payload: Payload, name: string) => {
  const found = await payload.find({
    collection: LEASES_SLUG,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    where: { name: { equals: name } },
  })
  return found.docs[0] as LeaseRow | undefined
}

const ensureLeaseRow = async (payload: Payload, name: string): Promise<LeaseRow> => {
  const existing = await findLease(payload, name)
  if (existing) return existing
  try {
    return (await payload.create({
      collection: LEASES_SLUG,
      data: { expiresAt: new Date(0).toISOString(), name },
      overrideAccess: true,
    })) as LeaseRow
  } catch {
    // Another process created it first (unique name): use theirs.
    const row = await findLease(payload, name)
    if (!row) throw new Error(`lease ${name} could not be created`)
    return row
  }
}

/**
 * Takes or renews the named lease for `ttlMs`. True means this process holds it until then;
 * exactly one process can hold a lease at a time, whatever the race.
 */
export const tryAcquireLease = async (
  payload: Payload,
  name: string,
  ttlMs: number,
  holder: string = processHolderId,
): Promise<boolean> => {
  const row = await ensureLeaseRow(payload, name)
  const now = new Date()
  return compareAndSet(
    payload,
    LEASES_SLUG,
    row.id,
    { or: [{ holder: { equals: holder } }, { expiresAt: { less_than: now.toISOString() } }, { holder: { equals: null } }] },
    { expiresAt: new Date(now.getTime() + ttlMs).toISOString(), holder },
  )
}

/** Gives the lease up so another process can take it at once (on shutdown). */
export const releaseLease = async (payload: Payload, name: string, holder: string = processHolderId): Promise<void> => {
  const row = await findLease(payload, name)
  if (!row) return
  await compareAndSet(payload, LEASES_SLUG, row.id, { holder: { equals: holder } }, { expiresAt: new Date(0).toISOString(), holder: null })
}
