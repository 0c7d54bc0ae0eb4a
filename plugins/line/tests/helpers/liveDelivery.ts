import type { Payload } from 'payload'

export type LiveDeliveryOptions = {
  /** Fields of the test notice sent. */
  notice: Record<string, unknown>
  /** Name of the one segment (no rule: every follower). */
  segment: string
  /**
   * `due`: scheduled a second ago, so the scheduler's "due" rule finds it; `unscheduled`: no
   * schedule, for a test that runs it itself. Either way it is created an hour ahead, as an editor
   * would, and moved afterwards (a schedule in the past is refused at creation).
   */
  when: 'due' | 'unscheduled'
}

/** A live delivery of a new test notice to every follower, with the notice and the segment it made. */
export const createLiveDelivery = async (payload: Payload, { notice, segment, when }: LiveDeliveryOptions) => {
  const doc = await payload.create({ collection: 'line-test-notices', data: notice as never, overrideAccess: true })
  const everyone = await payload.create({ collection: 'line-segments', data: { combinator: 'and', name: segment }, overrideAccess: true })
  const delivery = await payload.create({
    collection: 'line-deliveries',
    data: {
      collection: 'line-test-notices',
      document: String(doc.id),
      mode: 'live',
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      segments: [everyone.id],
    },
    overrideAccess: true,
  })
  const scheduledAt = when === 'due' ? new Date(Date.now() - 1000).toISOString() : null
  await payload.db.updateOne({ collection: 'line-deliveries', data: { scheduledAt }, id: delivery.id })
  return { delivery, notice: doc, segment: everyone }
}
