import type { Payload } from 'payload'

import { shutdownPayload } from '@akita-dx/test-support'
import { bootApp } from '@akita-dx/test-support/app'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { SEED_IDEAS } from '../../seed/data/ideas'
import { ideasSeed } from '../../seed/ideas'
import { organisationSeed } from '../../seed/organisation'

type Doc = Record<string, any>
const SLUGS = ['users', 'ideas', 'idea-votes', 'idea-comments', 'idea-flags'] as const

/**
 * The idea box seed on its own (organisation first, no talent bank): it must create its own
 * few staff, then the 30 posts with consistent counters, and change nothing on a second run.
 */
describe('idea box seed', () => {
  let payload: Payload
  let ideas: Doc[]
  const run = async () => {
    for (const step of [organisationSeed, ideasSeed]) await step.run({ log: () => {}, payload })
  }
  const counts = async () =>
    Promise.all(SLUGS.map(async (collection) => (await payload.count({ collection, overrideAccess: true })).totalDocs))

  beforeAll(async () => {
    payload = await bootApp()
    await run()
    ideas = (await payload.find({ collection: 'ideas', depth: 0, overrideAccess: true, pagination: false })).docs as Doc[]
    // Some 600 writes through every hook: generous for a machine busy with other test files.
  }, 180_000)
  afterAll(() => shutdownPayload(payload))

  it('creates 30 ideas and 困りごと, some anonymous, with Japanese titles', () => {
    expect(ideas).toHaveLength(30)
    expect(new Set(ideas.map((i) => i.kind))).toEqual(new Set(['idea', 'problem']))
    expect(ideas.filter((i) => i.anonymous).length).toBeGreaterThanOrEqual(2)
    expect(ideas.map((i) => i.title)).toEqual(expect.arrayContaining(['除雪車の作業状況を地図で公開', '会議室で庁内Wi-Fiにつながらない']))
    // Posts are spread over the past year, so "newest" and "awaiting" lists look lived-in.
    const ages = ideas.map((i) => (Date.now() - Date.parse(i.createdAt)) / 86_400_000)
    expect(Math.max(...ages)).toBeGreaterThan(300)
    expect(Math.min(...ages)).toBeLessThan(10)
  })

  it('creates its own staff when there are fewer than five', async () => {
    const own = await payload.count({ collection: 'users', overrideAccess: true, where: { email: { like: 'ideabox.' } } })
    expect(own.totalDocs).toBeGreaterThanOrEqual(5)
  })

  it('keeps the derived counters equal to the votes and comments stored', async () => {
    for (const idea of ideas) {
      const votes = await payload.count({ collection: 'idea-votes', overrideAccess: true, where: { idea: { equals: idea.id } } })
      const comments = await payload.count({ collection: 'idea-comments', overrideAccess: true, where: { idea: { equals: idea.id } } })
      expect([idea.title, idea.votesCount, idea.commentsCount]).toEqual([idea.title, votes.totalDocs, comments.totalDocs])
    }
    const total = ideas.reduce((sum, i) => sum + i.votesCount, 0)
    expect(total).toBeGreaterThan(100)
    // With only a handful of staff, an idea has at most one vote per person.
    const staff = await payload.count({ collection: 'users', overrideAccess: true, where: { roles: { contains: 'staff' } } })
    expect(Math.max(...ideas.map((i) => i.votesCount))).toBeLessThanOrEqual(staff.totalDocs)
  })

  it('answers and decides some ideas, recording the history, and turns solved problems into know-how', () => {
    const decided = ideas.filter((i) => i.state !== 'open')
    expect(decided.length).toBeGreaterThanOrEqual(10)
    for (const idea of decided) expect(idea.stateHistory.at(-1).to).toBe(idea.state)
    const answered = ideas.filter((i) => i.officialAnswer?.text)
    expect(answered.length).toBe(SEED_IDEAS.filter((s) => s.answer).length)
    for (const idea of answered) expect(idea.officialAnswer.answeredAt).toBeTruthy()
    // The demo editors of 広報広聴課 and 地域産業振興課 answer for their departments.
    const koho = answered.find((i) => i.title === '課のSNSで発信するときのルールがわからない')
    expect(koho?.officialAnswer.answeredBy).toBeTruthy()
    const knowhow = ideas.filter((i) => i.solved).map((i) => i.title)
    expect(knowhow).toEqual(expect.arrayContaining(['会議室で庁内Wi-Fiにつながらない', '除雪の問い合わせに答えるための基準がわからない']))
    expect(ideas.filter((i) => i.awaitingAnswer).length).toBeGreaterThanOrEqual(8)
  })

  it('threads comments with stances', async () => {
    const comments = (await payload.find({ collection: 'idea-comments', depth: 0, overrideAccess: true, pagination: false })).docs as Doc[]
    expect(new Set(comments.map((c) => c.stance))).toEqual(new Set(['support', 'neutral', 'concern']))
    expect(Math.max(...comments.map((c) => c.depth))).toBe(3)
  })

  it('changes nothing on a second run', async () => {
    const before = await counts()
    const votesBefore = ideas.map((i) => [i.id, i.votesCount, i.state])
    await run()
    expect(await counts()).toEqual(before)
    const after = (await payload.find({ collection: 'ideas', depth: 0, overrideAccess: true, pagination: false })).docs as Doc[]
    expect(after.map((i) => [i.id, i.votesCount, i.state])).toEqual(votesBefore)
  })
})
