import type { Organisation } from '@akita-dx/plugin-core'
import type { Endpoint } from 'payload'

import { errorResponse, jsonResponse, requireRole } from '@akita-dx/plugin-core'

import { IDEAS } from '../constants'
import { message } from '../translations'
import { bigramsOf, ideaSimilarity } from '../utilities/similarity'

/** The most recent ideas compared: enough for years of a prefecture's idea box, bounded per request. */
const CANDIDATES = 3000
const SHOWN = 5
/** Below this two texts share only common words (する, こと). */
const MIN_SCORE = 0.2
const MAX_TEXT = 2000

/**
 * GET /api/ideas/similar?title=…&body=…: up to five visible ideas most like a draft (character
 * bigrams, titles weighted), so that staff find an existing idea to vote for instead of posting it
 * again. Read access applies as for GET /api/ideas; each hit says how alike it is (0–1).
 */
export const similarEndpoint = (organisation: Organisation): Endpoint => ({
  handler: async (req) => {
    const refused = requireRole(req, organisation, 'staff')
    if (refused) return refused
    const params = new URL(req.url ?? 'http://localhost').searchParams
    const title = (params.get('title') ?? '').trim().slice(0, MAX_TEXT)
    const body = (params.get('body') ?? '').trim().slice(0, MAX_TEXT)
    if (title.length < 2) return errorResponse(400, message(req, 'error.similarTitle'), { field: 'title' })
    const draft = { body: bigramsOf(body), title: bigramsOf(title) }
    const { docs } = await req.payload.find({
      collection: IDEAS,
      depth: 0,
      limit: CANDIDATES,
      overrideAccess: false,
      req,
      select: { kind: true, searchText: true, state: true, title: true, votesCount: true },
      sort: '-createdAt',
      where: { moderation: { equals: 'visible' } },
    })
    const scored = docs
      .map((idea) => {
        const text = { body: bigramsOf(String(idea.searchText ?? '')), title: bigramsOf(String(idea.title ?? '')) }
        return { idea, score: ideaSimilarity(draft, text) }
      })
      .filter(({ score }) => score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score)
      .slice(0, SHOWN)
    return jsonResponse({
      docs: scored.map(({ idea, score }) => ({
        id: idea.id,
        kind: idea.kind,
        score: Math.round(score * 100) / 100,
        state: idea.state,
        title: idea.title,
        votesCount: idea.votesCount,
      })),
    })
  },
  method: 'get',
  path: '/similar',
})
