import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { subsidyStatus } from '@akita-dx/plugin-public-api'
import { contentSeed } from '../../seed/content'
import { organisationSeed } from '../../seed/organisation'
import { seedSteps } from '../../seed/steps'
import { shutdownPayload } from '@akita-dx/test-support'
import { bootApp } from '@akita-dx/test-support/app'

describe('content seed', () => {
  let payload: Payload
  const run = async () => {
    for (const step of [organisationSeed, contentSeed]) await step.run({ log: () => {}, payload })
  }
  beforeAll(async () => {
    payload = await bootApp()
    await run()
    // Seeding 80 documents twice takes a while on a busy machine and PostgreSQL.
  }, 240_000)
  afterAll(() => shutdownPayload(payload))

  it('runs right after the organisation step', () => {
    const names = seedSteps.map((s) => s.name)
    expect(names.indexOf('content')).toBe(names.indexOf('organisation') + 1)
  })

  it('creates 60+ published programmes across the prefecture, municipalities and 商工団体, in every status', async () => {
    const { docs } = await payload.find({ collection: 'subsidies', limit: 500, overrideAccess: true, pagination: false })
    expect(docs.length).toBeGreaterThanOrEqual(60)
    expect(docs.every((d) => d._status === 'published')).toBe(true)
    const levels = new Set(docs.map((d) => d.providerLevel))
    expect([...levels]).toEqual(expect.arrayContaining(['prefecture', 'municipality', 'chamber', 'financial']))
    const towns = new Set(docs.filter((d) => d.providerLevel === 'municipality').map((d) => d.providerName))
    expect(towns.size).toBeGreaterThanOrEqual(5)
    const statuses = docs.map((d) => subsidyStatus(d as never))
    for (const status of ['open', 'closing_soon', 'upcoming', 'closed'] as const) {
      expect([status, statuses.filter((s) => s === status).length >= 3]).toEqual([status, true])
    }
    expect(new Set(docs.map((d) => d.slug)).size).toBe(docs.length)
    expect(JSON.stringify(docs)).not.toMatch(/lorem|ipsum|dummy|テストテスト/i)
  })

  it('creates 8 founder stories linked to programmes, and 11 announcements (one by 横手市)', async () => {
    const stories = await payload.find({ collection: 'founder-stories', depth: 0, limit: 50, overrideAccess: true })
    expect(stories.totalDocs).toBe(8)
    expect(stories.docs.every((s) => Array.isArray(s.programmes) && s.programmes.length > 0)).toBe(true)
    const announcements = await payload.find({ collection: 'announcements', limit: 50, overrideAccess: true })
    expect(announcements.totalDocs).toBe(11)
    expect(announcements.docs.every((a) => (a.summary as string).length <= 120)).toBe(true)
  })

  it('changes nothing when run again', async () => {
    const snapshot = async () =>
      Promise.all(
        (['subsidies', 'founder-stories', 'announcements'] as const).map(async (collection) => {
          const found = await payload.find({ collection, depth: 0, limit: 500, overrideAccess: true, pagination: false, sort: 'id' })
          return found.docs.map((d) => `${d.id}:${d.updatedAt}`)
        }),
      )
    const before = await snapshot()
    await run()
    expect(await snapshot()).toEqual(before)
  }, 240_000)
})
