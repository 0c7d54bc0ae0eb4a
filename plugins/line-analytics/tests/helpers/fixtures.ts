import type { Payload } from 'payload'

import { generateSubscribers, insertSubscribers, type TestSubscriber } from '@akita-dx/test-support/line'

import { NOTICES } from './config'

/** A notice with two links, of 子育て and the given department. */
export const seedNotice = async (
  payload: Payload,
  { department, title = '子育て応援給付金の申請受付を開始しました' }: { department?: number | string; title?: string } = {},
) =>
  payload.create({
    collection: NOTICES,
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

/** `count` residents interested in 子育て in a municipality. */
export const seedResidents = async (payload: Payload, count: number, prefix: string, municipality = 'akita'): Promise<TestSubscriber[]> => {
  const residents = generateSubscribers(count, prefix).map((r) => ({ ...r, interests: ['kosodate'], municipality }))
  await insertSubscribers(payload, residents)
  return residents
}

export const seedSegment = async (payload: Payload, name: string, municipalities = ['akita']) =>
  payload.create({
    collection: 'line-segments',
    data: { combinator: 'and', interests: ['kosodate'], municipalities, name },
    overrideAccess: true,
  })

const FINAL = ['done', 'partial', 'failed', 'cancelled']

/**
 * A live delivery created through the Local API as an editor would, sent to the end against
 * the emulator by the LINE plugin (which starts a due delivery as soon as it is created).
 */
export const sendLive = async (payload: Payload, { notice, segments }: { notice: number | string; segments: (number | string)[] }) => {
  const delivery = await payload.create({
    collection: 'line-deliveries',
    data: { collection: NOTICES, document: String(notice), mode: 'live', segments },
    overrideAccess: true,
  })
  const deadline = Date.now() + 30_000
  for (;;) {
    const doc = await payload.findByID({ collection: 'line-deliveries', depth: 0, id: delivery.id, overrideAccess: true })
    if (FINAL.includes(String(doc.status))) {
      if (doc.status !== 'done') throw new Error(`delivery ${delivery.id} ended ${doc.status}: ${doc.lastError}`)
      return doc as Record<string, any>
    }
    if (Date.now() > deadline) throw new Error(`delivery ${delivery.id} still ${doc.status} after 30 s`)
    await new Promise((r) => setTimeout(r, 100))
  }
}
