import { describe, expect, it } from '@jest/globals'

import { databaseKind, DatabaseUriError, redactUri } from '../../src/lib/database'

describe('databaseKind', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/cms.db', 'sqlite'],
    ['file::memory:', 'sqlite'],
    ['postgres://u:p@db:5432/cms', 'postgres'],
    ['postgresql://db/cms', 'postgres'],
    ['mongodb://localhost:27017/cms', 'mongodb'],
    ['mongodb+srv://cluster.example/cms', 'mongodb'],
  ])('%s → %s', (uri, kind) => {
    expect(databaseKind(uri)).toBe(kind)
  })

  it('rejects other forms with one line naming the accepted ones, without the password', () => {
    expect(() => databaseKind('mysql://root:hunter2@db/cms')).toThrow(DatabaseUriError)
    try {
      databaseKind('mysql://root:hunter2@db/cms')
    } catch (error) {
      const message = (error as Error).message
      expect(message).not.toContain('hunter2')
      expect(message).not.toContain('\n')
      expect(message).toMatch(/file:.*postgres:\/\/.*mongodb:\/\//)
    }
  })
})

describe('redactUri', () => {
  it('hides the password and keeps the rest', () => {
    expect(redactUri('postgres://cms:s3cret@db.internal:5432/cms')).toBe('postgres://cms:***@db.internal:5432/cms')
    expect(redactUri('file:./data/cms.db')).toBe('file:./data/cms.db')
  })
})
