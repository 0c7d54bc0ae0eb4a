import type { Payload } from 'payload'

import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals'

import { runSeed } from '../../seed/runSeed'
import { ensureAdmin, MissingAdminError } from '../../src/server/ensureAdmin'
import { shutdownPayload } from '@akita-dx/test-support'
import { bootApp } from '@akita-dx/test-support/app'

const countAll = async (payload: Payload) => {
  const counts: Record<string, number> = {}
  for (const slug of Object.keys(payload.collections)) {
    if (slug.startsWith('payload-')) continue
    counts[slug] = (await payload.count({ collection: slug as never, overrideAccess: true })).totalDocs
  }
  return counts
}

describe('first admin and demo seed', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootApp()
  })
  afterAll(() => shutdownPayload(payload))
  afterEach(() => {
    delete process.env.ADMIN_EMAIL
    delete process.env.ADMIN_PASSWORD
  })

  it('refuses a real deployment without an admin or ADMIN_EMAIL/ADMIN_PASSWORD', async () => {
    await expect(ensureAdmin(payload, { allowGenerated: false })).rejects.toBeInstanceOf(MissingAdminError)
    expect((await payload.count({ collection: 'users', overrideAccess: true })).totalDocs).toBe(0)
  })

  it('creates the first admin from ADMIN_EMAIL/ADMIN_PASSWORD, once', async () => {
    process.env.ADMIN_EMAIL = 'chief@pref.akita.example'
    process.env.ADMIN_PASSWORD = 'a-long-admin-password'
    expect(await ensureAdmin(payload, { allowGenerated: false })).toEqual({
      created: true,
      email: 'chief@pref.akita.example',
    })
    expect(await ensureAdmin(payload, { allowGenerated: false })).toEqual({ created: false })
    const admins = await payload.find({ collection: 'users', overrideAccess: true, where: { roles: { contains: 'admin' } } })
    expect(admins.docs.map((u) => u.email)).toEqual(['chief@pref.akita.example'])
  })

  it('seeds Japanese demo data, and a second run changes nothing', async () => {
    await runSeed(payload, { quiet: true })
    const first = await countAll(payload)
    expect(first.departments).toBeGreaterThanOrEqual(10)
    // A welcome after the follow and a first week for 起業, running as the demo starts.
    expect(first['line-step-series']).toBe(2)
    const koho = await payload.find({ collection: 'departments', where: { code: { equals: 'koho' } } })
    expect(koho.docs[0]?.name).toBe('広報広聴課')
    await runSeed(payload, { quiet: true })
    expect(await countAll(payload)).toEqual(first)
    // Every plugin's seed, twice: hundreds of users with hashed passwords.
  }, 300_000)
})
