import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { shutdownPayload } from '@akita-dx/test-support'
import { bootApp } from '@akita-dx/test-support/app'

describe('payload boots on the test database', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootApp()
  })
  afterAll(() => shutdownPayload(payload))

  it('creates and finds a department', async () => {
    await payload.create({ collection: 'departments', data: { code: 'koho', name: '広報広聴課' } })
    const found = await payload.find({ collection: 'departments', where: { code: { equals: 'koho' } } })
    expect(found.docs.map((d) => d.name)).toEqual(['広報広聴課'])
  })
})
