import type { Payload, Where } from 'payload'

import type { SeedStep } from './types'

import { textToLexical } from '@akita-dx/plugin-idea-box'
import { type SeedComment, type SeedIdea, SEED_IDEAS } from './data/ideas'
import { DEMO_PASSWORD } from './organisation'
import { idBy } from './upsert'

type ID = number | string
type User = { department?: unknown; email?: string; id: ID; roles?: string[] }

/** Staff of the idea box seed when nobody else has seeded any (the talent bank normally has). */
const FALLBACK_STAFF = [
  { department: 'digital', email: 'ideabox.kudo@akita-dx.example', name: '工藤 真由美' },
  { department: 'somu', email: 'ideabox.sasaki@akita-dx.example', name: '佐々木 大輔' },
  { department: 'kanko', email: 'ideabox.saito@akita-dx.example', name: '齊藤 彩' },
  { department: 'bosai', email: 'ideabox.kikuchi@akita-dx.example', name: '菊地 誠' },
  { department: 'kodomo', email: 'ideabox.shibata@akita-dx.example', name: '柴田 恵' },
  { department: 'sangyo', email: 'ideabox.ito@akita-dx.example', name: '伊藤 隆' },
]

const REPORT_ON = '庁内会議はペーパーレスを標準に'

/** A working hour (JST) `n` days before the seed runs. */
const daysAgo = (n: number, hour = 10) => {
  const d = new Date()
  d.setUTCDate(d.getUTCDate() - n)
  d.setUTCHours(hour - 9, 0, 0, 0)
  return d.toISOString()
}

const departmentId = (user: User): null | string => {
  const dept = user.department as { id?: ID } | ID | null | undefined
  if (dept === null || dept === undefined) return null
  return String(typeof dept === 'object' ? dept.id : dept)
}

/** Every staff member, ordered by e-mail so that a second run picks the same people. */
const staffUsers = async (payload: Payload): Promise<User[]> => {
  const found = await payload.find({
    collection: 'users',
    depth: 0,
    overrideAccess: true,
    pagination: false,
    sort: 'email',
    where: { roles: { contains: 'staff' } },
  })
  return found.docs as unknown as User[]
}

const ensureStaff = async (payload: Payload, log: (line: string) => void): Promise<User[]> => {
  let staff = await staffUsers(payload)
  if (staff.length >= 5) return staff
  for (const person of FALLBACK_STAFF) {
    const existing = await payload.count({ collection: 'users', overrideAccess: true, where: { email: { equals: person.email } } })
    if (existing.totalDocs) continue
    await payload.create({
      collection: 'users',
      data: {
        department: await idBy(payload, 'departments', 'code', person.department),
        email: person.email,
        name: person.name,
        password: DEMO_PASSWORD,
        roles: ['staff'],
      } as never,
      overrideAccess: true,
    })
  }
  staff = await staffUsers(payload)
  log(`アイデアボックス: 職員が少ないため ${FALLBACK_STAFF.length} 名を追加`)
  return staff
}

/** Who answers for a department: one of its editors, else an admin, else the system. */
const answererFor = async (payload: Payload, department: ID): Promise<undefined | User> => {
  const wheres: Where[] = [
    { and: [{ roles: { contains: 'editor' } }, { department: { equals: department } }] },
    { roles: { contains: 'admin' } },
  ]
  for (const where of wheres) {
    const found = await payload.find({ collection: 'users', depth: 0, limit: 1, overrideAccess: true, sort: 'email', where })
    if (found.docs[0]) return found.docs[0] as unknown as User
  }
  return undefined
}

/** Picks `count` distinct people from a rotating start, so each idea has its own supporters. */
const pick = <T>(list: T[], start: number, count: number): T[] =>
  Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(start + i) % list.length])

const seedComments = async (
  payload: Payload,
  comments: SeedComment[],
  ctx: { created: string; idea: ID; next: () => User; parent?: ID },
): Promise<number> => {
  let made = 0
  for (const [i, comment] of comments.entries()) {
    const author = ctx.next()
    const doc = await payload.create({
      collection: 'idea-comments',
      data: {
        author: author.id,
        body: comment.body,
        createdAt: new Date(Date.parse(ctx.created) + (i + 1) * 3 * 3_600_000).toISOString(),
        idea: ctx.idea,
        parent: ctx.parent,
        stance: comment.stance,
      } as never,
      overrideAccess: true,
    })
    made += 1
    if (comment.replies?.length) {
      made += await seedComments(payload, comment.replies, { ...ctx, created: doc.createdAt as string, parent: doc.id })
    }
  }
  return made
}

/** When the department answered: a week or two after the post (sooner for recent ones), in office hours. */
const decidedAt = (seed: SeedIdea): string => {
  const after = Math.min(14, Math.max(1, Math.floor(seed.daysAgo / 3)))
  const at = daysAgo(Math.max(0, seed.daysAgo - after), 15)
  return at < new Date().toISOString() ? at : new Date().toISOString()
}

/**
 * Dates the answer and the state changes as a department would have made them, not at seed
 * time, so that 最近回答, the idea page and profiles' 実績 read like a year of use.
 */
const backdateDecision = async (payload: Payload, id: ID, at: string) => {
  const idea = (await payload.findByID({ collection: 'ideas', depth: 0, id, overrideAccess: true })) as Record<string, any>
  await payload.db.updateOne({
    collection: 'ideas',
    // The whole row: with an array in the data, the SQL adapters write the row anew.
    data: {
      ...idea,
      officialAnswer: idea.officialAnswer?.text ? { ...idea.officialAnswer, answeredAt: at } : idea.officialAnswer,
      stateChangedAt: idea.stateHistory?.length ? at : idea.stateChangedAt,
      stateHistory: (idea.stateHistory ?? []).map((entry: Record<string, unknown>) => ({ ...entry, changedAt: at })),
    },
    id,
  })
}

const seedIdea = async (payload: Payload, seed: SeedIdea, index: number, staff: User[]) => {
  const target = await idBy(payload, 'departments', 'code', seed.target)
  // Authors from other departments than the target where possible: ideas cross department lines.
  const candidates = staff.filter((u) => departmentId(u) !== String(target))
  const pool = candidates.length ? candidates : staff
  const author = pool[(index * 7) % pool.length]
  const created = daysAgo(seed.daysAgo, 9 + (index % 8))
  const idea = await payload.create({
    collection: 'ideas',
    data: {
      anonymous: seed.anonymous ?? false,
      author: author.id,
      body: textToLexical(seed.body),
      category: seed.category,
      createdAt: created,
      kind: seed.kind,
      targetDepartment: target,
      title: seed.title,
    } as never,
    overrideAccess: true,
  })

  // Votes and comments come while the idea is open; the department's decision comes last.
  const voters = pick(staff, index * 5 + 1, seed.votes)
  for (const voter of voters) {
    await payload.create({ collection: 'idea-votes', data: { idea: idea.id, voter: voter.id } as never, overrideAccess: true })
  }
  let turn = index * 3 + 2
  const comments = await seedComments(payload, seed.comments ?? [], {
    created,
    idea: idea.id,
    next: () => staff[turn++ % staff.length],
  })

  if (seed.state && seed.state !== 'open') {
    const answerer = await answererFor(payload, target)
    await payload.update({
      collection: 'ideas',
      data: { officialAnswer: seed.answer ? { text: seed.answer } : undefined, state: seed.state } as never,
      id: idea.id,
      overrideAccess: !answerer,
      user: answerer as never,
    })
  } else if (seed.answer) {
    const answerer = await answererFor(payload, target)
    await payload.update({
      collection: 'ideas',
      data: { officialAnswer: { text: seed.answer } } as never,
      id: idea.id,
      overrideAccess: !answerer,
      user: answerer as never,
    })
  }
  if (seed.answer || (seed.state && seed.state !== 'open')) await backdateDecision(payload, idea.id, decidedAt(seed))
  return { comments, id: idea.id, votes: voters.length }
}

/**
 * 30 ideas and 困りごと with votes, threaded comments and official answers. Idempotent: an idea
 * that exists (by title) is left as it is, with its votes and comments.
 */
export const ideasSeed: SeedStep = {
  name: 'ideas',
  run: async ({ log, payload }) => {
    const staff = await ensureStaff(payload, log)
    let ideas = 0
    let votes = 0
    let comments = 0
    for (const [index, seed] of SEED_IDEAS.entries()) {
      const existing = await payload.count({ collection: 'ideas', overrideAccess: true, where: { title: { equals: seed.title } } })
      if (existing.totalDocs) continue
      const made = await seedIdea(payload, seed, index, staff)
      ideas += 1
      votes += made.votes
      comments += made.comments
      if (seed.title === REPORT_ON) {
        // One open report, below the threshold: the moderation list is not empty in the demo.
        await payload.create({
          collection: 'idea-flags',
          data: {
            idea: made.id,
            note: '会議の性質によっては紙が必要では（提案の趣旨とは別の話かもしれません）',
            reason: 'off-topic',
            reporter: staff[(index + 11) % staff.length].id,
          } as never,
          overrideAccess: true,
        })
      }
    }
    log(`アイデアボックス: ${SEED_IDEAS.length} 件中 新規 ${ideas} 件（投票 ${votes}, コメント ${comments}）`)
  },
}
