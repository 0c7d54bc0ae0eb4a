import type { Payload } from 'payload'

import { runDelivery } from '../../../plugins/line/delivery/runDelivery'
import { generateSubscribers, insertSubscribers, type TestSubscriber } from '../../line/helpers/subscribers'

/** An announcement with two links, and `count` residents interested in 子育て in 秋田市. */
export const seedAnnouncement = async (payload: Payload, { department, title = '子育て応援給付金の申請受付を開始しました' }: { department?: number | string; title?: string } = {}) =>
  payload.create({
    collection: 'announcements',
    data: {
      category: 'kosodate',
      department,
      links: [
        { label: '申請フォーム', url: 'https://www.pref.akita.example/kosodate/kyufu/apply?from=line' },
        { label: 'よくある質問', url: 'https://www.pref.akita.example/kosodate/kyufu/faq' },
      ],
      municipalities: ['akita'],
      summary: '秋田市にお住まいの子育て世帯を対象に、1世帯あたり3万円を給付します。',
      title,
    },
    overrideAccess: true,
  })

export const seedResidents = async (payload: Payload, count: number, prefix: string): Promise<TestSubscriber[]> => {
  const residents = generateSubscribers(count, prefix).map((r) => ({ ...r, interests: ['kosodate'], municipality: 'akita' }))
  await insertSubscribers(payload, residents)
  return residents
}

export const seedSegment = async (payload: Payload, name: string, municipalities = ['akita']) =>
  payload.create({ collection: 'line-segments', data: { combinator: 'and', interests: ['kosodate'], municipalities, name }, overrideAccess: true })

/** A live delivery created through the Local API as an editor would, then sent to the end against the emulator. */
export const sendLive = async (payload: Payload, { announcement, segment, user }: { announcement: number | string; segment: number | string; user?: Record<string, unknown> }) => {
  const delivery = await payload.create({
    collection: 'line-deliveries',
    data: { collection: 'announcements', document: String(announcement), mode: 'live', segments: [segment] },
    overrideAccess: true,
    ...(user ? { user } : {}),
  })
  const result = await runDelivery(payload, delivery.id)
  if (result.outcome !== 'finished') throw new Error(`delivery ${delivery.id} did not finish: ${JSON.stringify(result)}`)
  return payload.findByID({ collection: 'line-deliveries', depth: 0, id: delivery.id, overrideAccess: true })
}
