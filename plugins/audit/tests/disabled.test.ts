import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { backgroundTasksOf, hasAuditLog, recordAuditEvent } from '@akita-dx/plugin-core'
import { bootConfig, createTestUser, shutdownPayload } from '@akita-dx/test-support'

import { AUDIT_EVENTS } from '../constants'
import { pruneAuditEvents } from '../retention/prune'
import { auditTestConfig } from './config'

describe('the audit log, disabled', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await bootConfig(auditTestConfig({ disabled: true }))
  })
  afterAll(() => shutdownPayload(payload))

  it('keeps the collection and records, exports and prunes nothing', async () => {
    expect(payload.collections[AUDIT_EVENTS]).toBeDefined()
    expect(hasAuditLog(payload)).toBe(false)
    expect(backgroundTasksOf(payload.config)).toEqual([])
    const paths = (payload.collections[AUDIT_EVENTS].config.endpoints || []).map((e) => e.path)
    expect(paths).not.toContain('/export')
    const editor = await createTestUser(payload, { roles: ['admin'] })
    const user = await payload.findByID({ collection: 'users', id: editor.id })
    await payload.create({ collection: 'notices', data: { title: '無効時' }, overrideAccess: false, user })
    await recordAuditEvent({ payload }, { action: 'login' })
    expect((await payload.count({ collection: AUDIT_EVENTS, overrideAccess: true })).totalDocs).toBe(0)
    expect(await pruneAuditEvents(payload)).toBeNull()
  })
})
