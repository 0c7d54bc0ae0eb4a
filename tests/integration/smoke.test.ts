import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { bootPayload, shutdownPayload } from '../helpers/payload'

describe('payload boots on the test database', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootPayload()
  })
  afterAll(() => shutdownPayload(payload))

  it('creates and finds a department', async () => {
    await payload.create({ collection: 'departments', data: { code: 'koho', name: '広報広聴課' } })
    const found = await payload.find({ collection: 'departments', where: { code: { equals: 'koho' } } })
    expect(found.docs.map((d) => d.name)).toEqual(['広報広聴課'])
  })
})
