import type { Payload } from 'payload'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { shutdownPayload } from '@akita-dx/test-support'
import { bootApp } from '@akita-dx/test-support/app'
import { createSubsidy } from './fixtures'

/**
 * Scheduled publish: what the admin's「公開予約」queues (a schedulePublish job with waitUntil)
 * publishes the document when the job runner reaches it, and not before.
 */
describe('scheduled publish of content', () => {
  let payload: Payload
  beforeAll(async () => {
    payload = await bootApp()
  })
  afterAll(() => shutdownPayload(payload))

  it('registers the schedulePublish task for the content collections', () => {
    const task = payload.config.jobs.tasks?.find((t) => t.slug === 'schedulePublish')
    expect(task).toBeDefined()
    const doc = task!.inputSchema?.find((f) => 'name' in f && f.name === 'doc') as { relationTo: string[] }
    expect(doc.relationTo).toEqual(expect.arrayContaining(['announcements', 'subsidies', 'founder-stories']))
  })

  it('publishes a draft announcement when its time has come, not before', async () => {
    const draft = await payload.create({
      collection: 'announcements',
      data: { _status: 'draft', category: 'bosai', summary: '避難所の開設について', title: '大雨に備えた避難所の開設' },
      draft: true,
      overrideAccess: true,
    })
    const queue = (waitUntil: Date) =>
      payload.jobs.queue({
        input: { doc: { relationTo: 'announcements', value: String(draft.id) }, type: 'publish' },
        task: 'schedulePublish',
        waitUntil,
      } as never)

    await queue(new Date(Date.now() + 60 * 60 * 1000))
    await payload.jobs.run({ limit: 10 })
    const stillDraft = await payload.findByID({ collection: 'announcements', id: draft.id, overrideAccess: true })
    expect(stillDraft._status).toBe('draft')

    await queue(new Date(Date.now() - 1000))
    await payload.jobs.run({ limit: 10 })
    const published = await payload.findByID({ collection: 'announcements', id: draft.id, overrideAccess: true })
    expect(published._status).toBe('published')
    const anonymous = await payload.find({ collection: 'announcements', overrideAccess: false })
    expect(anonymous.docs.map((d) => d.id)).toContain(draft.id)
  })

  it('publishes a draft programme the same way', async () => {
    const draft = await createSubsidy(payload, { title: '予約公開の補助金' }, { draft: true })
    await payload.jobs.queue({
      input: { doc: { relationTo: 'subsidies', value: String(draft.id) }, type: 'publish' },
      task: 'schedulePublish',
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await payload.jobs.run({ limit: 10 })
    const published = await payload.findByID({ collection: 'subsidies', id: draft.id, overrideAccess: true })
    expect(published._status).toBe('published')
  })
})
