import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { backgroundTasksOf, serverRoutesOf } from '@akita-dx/plugin-core'
import type { TestServer } from '@akita-dx/test-support'

import { startPublicApi, testProgrammes } from './config'
import { createProgramme, getJson } from './fixtures'

describe('public API disabled', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startPublicApi({ disabled: true })
    await createProgramme(server.payload, { slug: 'published-one' })
  })
  afterAll(() => server?.close())

  it('keeps the collections as they are and serves nothing', async () => {
    const collection = server.payload.collections.subsidies.config
    expect(collection.flattenedFields.map((field) => field.name)).toEqual(
      expect.arrayContaining(testProgrammes.fields.map((field) => ('name' in field ? field.name : ''))),
    )
    expect(collection.hooks.afterChange).toHaveLength(0)
    expect(collection.hooks.afterDelete).toHaveLength(0)
    expect(serverRoutesOf(server.payload.config)).toEqual([])
    expect(backgroundTasksOf(server.payload.config)).toEqual([])
    for (const path of ['/subsidies', '/subsidies/published-one', '/stories', '/openapi.json']) {
      expect([path, (await getJson(`${server.baseUrl}/api/public${path}`)).status]).toEqual([path, 404])
    }
  })
})
