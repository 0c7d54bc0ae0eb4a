import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { backgroundTasksOf, releaseLease, startBackgroundWork, tryAcquireLease } from '@akita-dx/plugin-core'
import { createTestUser, loginHeaders, type TestServer } from '@akita-dx/test-support'

import { jgrantsOptionsOf, runJgrantsImport } from '../index'
import { startJgrants } from './config'
import { BROKEN_ID, MALFORMED_ID, startJgrantsFixture } from './fixtureServer'

const SR = 'a0W5h00000UbSrAEAV'
const UU = 'a0W5h00000UbUuCEAV'

describe('jGrants import against recorded responses', () => {
  let fixture: Awaited<ReturnType<typeof startJgrantsFixture>>
  let server: TestServer
  let payload: Payload

  const byExternalId = async (id: string) => {
    const found = await payload.find({
      collection: 'subsidies',
      draft: true,
      overrideAccess: true,
      where: { 'provenance.externalId': { equals: id } },
    })
    return found.docs[0] as Record<string, any> | undefined
  }
  const jobOutput = async (id: number | string) => {
    const job = (await payload.findByID({ collection: 'payload-jobs', id, overrideAccess: true })) as Record<string, any>
    return job
  }

  const jobCount = async () => (await payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

  beforeAll(async () => {
    fixture = await startJgrantsFixture()
    // Every second, so the test sees the schedule tick.
    server = await startJgrants({ baseUrl: fixture.baseUrl, cron: '* * * * * *' })
    payload = server.payload
  })
  afterAll(async () => {
    await server?.close()
    await fixture?.close()
  })

  it('runs as a Payload task: creates drafts, skips the malformed and the failing item', async () => {
    expect(jgrantsOptionsOf(payload.config).baseUrl).toBe(fixture.baseUrl)
    const job = await payload.jobs.queue({ input: {}, task: 'importJgrants' } as never)
    const run = await payload.jobs.runByID({ id: job.id })
    expect(run.jobStatus?.[String(job.id)]?.status ?? run.jobStatus?.[job.id as never]?.status).toBe('success')
    const imported = await payload.count({
      collection: 'subsidies',
      overrideAccess: true,
      where: { 'provenance.source': { equals: 'jgrants' } },
    })
    expect(imported.totalDocs).toBe(4)
    expect(fixture.state.requests.some((r) => r.includes('target_area_search=%E7%A7%8B%E7%94%B0%E7%9C%8C'))).toBe(true)

    expect(await byExternalId(MALFORMED_ID)).toBeUndefined()
    expect(await byExternalId(BROKEN_ID)).toBeUndefined()
    const sr = (await byExternalId(SR))!
    expect(sr).toMatchObject({
      _status: 'draft',
      acceptanceEnd: '2099-03-31T08:00:00.000Z',
      applicationUrl: 'https://s23.jizokukahojokin.info/sogyo/',
      areaScope: 'nationwide',
      catchPhrase: '創業後間もない小規模事業者の販路開拓を支援します',
      employeeLimit: 20,
      industries: ['I', 'M', 'N'],
      kind: 'subsidy',
      maxAmount: 2_000_000,
      providerLevel: 'national',
      purposes: ['sales_expansion', 'new_business'],
      rateText: '2/3',
      title: '小規模事業者持続化補助金（創業型）',
    })
    expect(sr.provenance).toMatchObject({
      attribution: expect.stringContaining('出典：Jグランツ'),
      externalId: SR,
      source: 'jgrants',
      sourceUrl: `https://www.jgrants-portal.go.jp/subsidy/${SR}`,
    })
    expect(JSON.stringify(sr.detail)).not.toContain('alert')
    expect(JSON.stringify(sr.detail)).toContain('広報費')

    const uu = (await byExternalId(UU))!
    expect(uu).toMatchObject({
      areaScope: 'municipalities',
      maxAmount: 3_000_000,
      providerLevel: 'prefecture',
      providerName: '秋田県',
    })
    expect([...uu.municipalities].sort()).toEqual(['akita', 'odate', 'yokote'])
    // A javascript: URL from upstream is replaced by the jGrants page.
    expect(uu.applicationUrl).toBe(`https://www.jgrants-portal.go.jp/subsidy/${UU}`)
  })

  it('changes nothing when run again on the same data', async () => {
    const before = (await byExternalId(SR))!.updatedAt
    const result = await runJgrantsImport(payload, jgrantsOptionsOf(payload.config), () => {})
    expect(result).toMatchObject({ created: 0, fetched: 6, unchanged: 4, updated: 0 })
    expect(result.skipped.map((s) => s.id).sort()).toEqual([MALFORMED_ID, BROKEN_ID].sort())
    expect(result.skipped.find((s) => s.id === MALFORMED_ID)!.reason).toMatch(/title/)
    expect((await byExternalId(SR))!.updatedAt).toBe(before)
  })

  it('never overwrites a field an editor changed since the last import, and remembers it', async () => {
    const sr = (await byExternalId(SR))!
    const editor = await createTestUser(payload, { roles: ['editor'] })
    const res = await fetch(`${server.baseUrl}/api/subsidies/${sr.id}?draft=true`, {
      body: JSON.stringify({ catchPhrase: '秋田で創業した方の販路開拓に（県の解説）', title: '持続化補助金（創業型）のご案内' }),
      headers: await loginHeaders(server.baseUrl, editor),
      method: 'PATCH',
    })
    expect(res.status).toBe(200)

    // Upstream changes the title and the amount.
    const changed = { ...fixture.recorded(SR), subsidy_max_limit: 2_500_000, title: '小規模事業者持続化補助金（創業型）第2回' }
    fixture.state.details.set(SR, changed)
    const result = await runJgrantsImport(payload, jgrantsOptionsOf(payload.config), () => {})
    expect(Object.keys(result.editedKept)).toEqual([SR])
    expect([...result.editedKept[SR]].sort()).toEqual(['catchPhrase', 'title'])
    expect(result.updated).toBe(1)

    const after = (await byExternalId(SR))!
    expect(after.title).toBe('持続化補助金（創業型）のご案内')
    expect(after.catchPhrase).toBe('秋田で創業した方の販路開拓に（県の解説）')
    expect(after.maxAmount).toBe(2_500_000)
    expect([...after.provenance.editedFields].sort()).toEqual(['catchPhrase', 'title'])

    // Still recognised as edited at the next import, though upstream changes the title again.
    fixture.state.details.set(SR, { ...changed, title: '小規模事業者持続化補助金（創業型）第3回' })
    const again = await runJgrantsImport(payload, jgrantsOptionsOf(payload.config), () => {})
    expect([...again.editedKept[SR]].sort()).toEqual(['catchPhrase', 'title'])
    expect((await byExternalId(SR))!.title).toBe('持続化補助金（創業型）のご案内')
    fixture.state.details.delete(SR)
  })

  it('fails the run without writing anything when the list answers with an error page', async () => {
    const before = await payload.count({ collection: 'subsidies', overrideAccess: true })
    fixture.state.listDown = true
    try {
      await expect(runJgrantsImport(payload, jgrantsOptionsOf(payload.config), () => {})).rejects.toThrow(/503/)
      const job = await payload.jobs.queue({ input: {}, task: 'importJgrants' } as never)
      await payload.jobs.runByID({ id: job.id })
      const failed = await jobOutput(job.id)
      expect(failed.log.at(-1).state).toBe('failed')
    } finally {
      fixture.state.listDown = false
    }
    expect((await payload.count({ collection: 'subsidies', overrideAccess: true })).totalDocs).toBe(before.totalDocs)
  })

  it('runs on schedule only in the process that holds the lease', async () => {
    const schedule = backgroundTasksOf(payload.config).find((task) => task.name === 'jgrants-import')
    expect(schedule).toMatchObject({ cron: '* * * * * *', leaseMs: 30 * 60_000, scope: 'deployment', timezone: 'Asia/Tokyo' })
    expect(await tryAcquireLease(payload, 'jgrants-import', 60_000, 'another-server:1')).toBe(true)
    const jobsBefore = await jobCount()
    const requestsBefore = fixture.state.requests.length
    const stop = await startBackgroundWork(payload)
    try {
      await sleep(2_500)
      expect(await jobCount()).toBe(jobsBefore)
      expect(fixture.state.requests.length).toBe(requestsBefore)
      // Once the other server lets go, this one runs the import as a job.
      await releaseLease(payload, 'jgrants-import', 'another-server:1')
      const deadline = Date.now() + 15_000
      // The job row is written before its run reaches jGrants: wait for both.
      const ran = async () => (await jobCount()) > jobsBefore && fixture.state.requests.length > requestsBefore
      while (!(await ran()) && Date.now() < deadline) await sleep(200)
      expect(await jobCount()).toBeGreaterThan(jobsBefore)
      expect(fixture.state.requests.length).toBeGreaterThan(requestsBefore)
    } finally {
      await stop()
    }
  })
})
