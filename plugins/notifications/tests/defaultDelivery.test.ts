import { describe, expect, it } from '@jest/globals'

import { sendNoticeDigests } from '../digest/send'
import { phone } from './config'
import { person, taskWatchedBy, useNotifications } from './fixtures'

describe('a digest for everyone who never chose', () => {
  const app = useNotifications({ defaultDelivery: 'weekly' })

  it('counts people without a choice in the default cadence', async () => {
    const actor = await person(app.server, 'adminOnly', false)
    const neverChose = await person(app.server, null, true)
    await taskWatchedBy(app.server, actor, [neverChose])
    expect(phone.messages.filter((m) => String(m.userIds[0]) === String(neverChose.id))).toEqual([])
    const run = await sendNoticeDigests(app.server.payload, { cadence: 'weekly', now: new Date() })
    expect(run).toMatchObject({ notices: 1, reached: 1, recipients: 1 })
  })
})
