import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { backgroundTasksOf, LEASES_SLUG } from '@akita-dx/plugin-core'
import type { TestServer } from '@akita-dx/test-support'

import { jgrantsOptionsOf, runImportTask, runJgrantsImport } from '../index'
import { startJgrants } from './config'
import { startJgrantsFixture } from './fixtureServer'

describe('jGrants import disabled', () => {
  let fixture: Awaited<ReturnType<typeof startJgrantsFixture>>
  let server: TestServer

  beforeAll(async () => {
    fixture = await startJgrantsFixture()
    server = await startJgrants({ baseUrl: fixture.baseUrl, disabled: true })
  })
  afterAll(async () => {
    await server?.close()
    await fixture?.close()
  })

  it('keeps the task and the leases (same schema) but schedules nothing and imports nothing', async () => {
    const { payload } = server
    expect(payload.config.jobs.tasks?.map((task) => task.slug)).toContain('importJgrants')
    expect(payload.collections[LEASES_SLUG]).toBeDefined()
    expect(backgroundTasksOf(payload.config)).toEqual([])

    await runImportTask(payload)
    const [job] = (await payload.find({ collection: 'payload-jobs', overrideAccess: true })).docs as Record<string, any>[]
    // Cancelled, not failed: the job runner does not retry it.
    expect(job).toMatchObject({ hasError: true, processing: false, totalTried: 0 })
    expect(job.error).toMatchObject({ cancelled: true })
    await expect(runJgrantsImport(payload, jgrantsOptionsOf(payload), () => {})).rejects.toThrow(/無効/)
    expect(fixture.state.requests).toEqual([])
    expect((await payload.count({ collection: 'subsidies', overrideAccess: true })).totalDocs).toBe(0)
  })
})
