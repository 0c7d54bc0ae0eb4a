import { describe, expect, it } from '@jest/globals'

import { databaseAdapter } from '../../src/lib/database'

/**
 * MongoDB cannot run on the CI machines (no server package; mongodb-memory-server downloads
 * binaries). The adapter is built here; the round trip runs when MONGODB_URI is given.
 */
const uri = process.env.MONGODB_URI?.trim()

describe('MongoDB adapter', () => {
  it('is chosen for mongodb:// URIs', () => {
    expect(databaseAdapter('mongodb://127.0.0.1:27017/akita').name).toBe('mongoose')
  })

  const withServer = uri ? it : it.skip
  if (!uri) console.info('MongoDB round trip skipped: set MONGODB_URI=mongodb://… to run it')
  withServer('creates and finds a department', async () => {
    process.env.DATABASE_URI = uri
    const [{ getPayload }, { default: config }] = await Promise.all([import('payload'), import('../../payload.config')])
    const payload = await getPayload({ config })
    try {
      const code = `mongo-${Date.now()}`
      await payload.create({ collection: 'departments', data: { code, name: 'テスト課' }, overrideAccess: true })
      const found = await payload.find({ collection: 'departments', where: { code: { equals: code } } })
      expect(found.docs).toHaveLength(1)
    } finally {
      await payload.destroy()
    }
  })
})
