import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { compareAndSet } from '../../src/lib/atomic'
import { releaseLease, tryAcquireLease } from '../../src/lib/lease'
import { bootPayload, shutdownPayload } from '../helpers/payload'

describe('leases and compare-and-set', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(() => shutdownPayload(payload))

  it('gives a lease to exactly one of many racing holders', async () => {
    const holders = Array.from({ length: 20 }, (_, i) => `proc-${i}`)
    const results = await Promise.all(holders.map((h) => tryAcquireLease(payload, 'race', 60_000, h)))
    expect(results.filter(Boolean)).toHaveLength(1)
  })

  it('lets the holder renew, others wait until expiry or release', async () => {
    expect(await tryAcquireLease(payload, 'jobs', 60_000, 'a')).toBe(true)
    expect(await tryAcquireLease(payload, 'jobs', 60_000, 'b')).toBe(false)
    expect(await tryAcquireLease(payload, 'jobs', 60_000, 'a')).toBe(true)
    await releaseLease(payload, 'jobs', 'a')
    expect(await tryAcquireLease(payload, 'jobs', 1, 'b')).toBe(true)
    await new Promise((r) => setTimeout(r, 10))
    expect(await tryAcquireLease(payload, 'jobs', 60_000, 'c')).toBe(true)
  })

  it('applies a compare-and-set only while the guard holds', async () => {
    const lease = await payload.create({ collection: 'leases', data: { holder: 'x', name: 'cas' }, overrideAccess: true })
    expect(await compareAndSet(payload, 'leases', lease.id, { holder: 'y' }, { holder: 'z' })).toBe(false)
    expect(await compareAndSet(payload, 'leases', lease.id, { holder: { in: ['x', 'w'] } }, { holder: 'z' })).toBe(true)
    const stored = await payload.findByID({ collection: 'leases', id: lease.id, overrideAccess: true })
    expect(stored.holder).toBe('z')
  })
})
