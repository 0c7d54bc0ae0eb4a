import type { CollectionConfig, Field } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestUser, loginHeaders, type TestServer } from '@akita-dx/test-support'

import { jgrantsOptionsOf, runImportTask, runJgrantsImport } from '../index'
import { startJgrants } from './config'
import { startJgrantsFixture } from './fixtureServer'

const SR = 'a0W5h00000UbSrAEAV'

const named = (type: 'date' | 'number' | 'text', ...names: string[]): Field[] => names.map((name) => ({ name, type }) as Field)

/** A programmes collection of the app's own, with names of its own: the import knows it only by the options. */
const Programmes: CollectionConfig = {
  slug: 'programmes',
  fields: [
    ...named('text', 'name', 'tagline', 'overview', 'rate', 'link', 'provider', 'type', 'level', 'area'),
    { name: 'body', type: 'richText' },
    ...['goals', 'sectors', 'phases', 'towns'].map((name): Field => ({ name, type: 'text', hasMany: true })),
    ...named('number', 'staffLimit', 'upTo'),
    ...named('date', 'opens', 'closes'),
    { name: 'allYear', type: 'checkbox' },
    { name: 'jgrantsId', type: 'text', unique: true },
    {
      name: 'origin',
      type: 'group',
      fields: [
        ...named('text', 'kind', 'page', 'credit'),
        ...named('date', 'at'),
        { name: 'edited', type: 'text', hasMany: true },
        { name: 'last', type: 'json' },
      ],
    },
  ],
  versions: { drafts: true },
}

const fields = {
  acceptanceEnd: 'closes',
  acceptanceStart: 'opens',
  applicationUrl: 'link',
  areaScope: 'area',
  attribution: 'origin.credit',
  catchPhrase: 'tagline',
  detail: 'body',
  editedFields: 'origin.edited',
  employeeLimit: 'staffLimit',
  externalId: 'jgrantsId',
  importedAt: 'origin.at',
  industries: 'sectors',
  kind: 'type',
  maxAmount: 'upTo',
  municipalities: 'towns',
  providerLevel: 'level',
  providerName: 'provider',
  purposes: 'goals',
  rateText: 'rate',
  snapshot: 'origin.last',
  source: 'origin.kind',
  sourceUrl: 'origin.page',
  stages: 'phases',
  summary: 'overview',
  title: 'name',
  yearRound: 'allYear',
}

describe('jGrants import on its own, into a collection of the app’s own', () => {
  let fixture: Awaited<ReturnType<typeof startJgrantsFixture>>
  let server: TestServer

  beforeAll(async () => {
    fixture = await startJgrantsFixture()
    server = await startJgrants({ baseUrl: fixture.baseUrl, subsidies: { fields, slug: 'programmes' } }, [Programmes])
  })
  afterAll(async () => {
    await server?.close()
    await fixture?.close()
  })

  it('creates the programme from the local jGrants, through the field map', async () => {
    await runImportTask(server.payload)
    const staff = await createTestUser(server.payload, { roles: ['staff'] })
    const res = await fetch(`${server.baseUrl}/api/programmes?draft=true&where[jgrantsId][equals]=${SR}`, {
      headers: await loginHeaders(server.baseUrl, staff),
    })
    const { docs } = (await res.json()) as { docs: Record<string, any>[] }
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      _status: 'draft',
      goals: ['sales_expansion', 'new_business'],
      name: '小規模事業者持続化補助金（創業型）',
      origin: {
        credit: expect.stringContaining('出典：Jグランツ'),
        edited: [],
        kind: 'jgrants',
        page: `https://www.jgrants-portal.go.jp/subsidy/${SR}`,
      },
      sectors: ['I', 'M', 'N'],
      staffLimit: 20,
      upTo: 2_000_000,
    })
    expect(docs[0].origin.last.title).toBe('小規模事業者持続化補助金（創業型）')
    expect(JSON.stringify(docs[0].body)).toContain('広報費')
  })

  it('reads what it stored back through the map: a second run changes nothing', async () => {
    const result = await runJgrantsImport(server.payload, jgrantsOptionsOf(server.payload), () => {})
    expect(result).toMatchObject({ created: 0, editedKept: {}, unchanged: 4, updated: 0 })
  })
})
