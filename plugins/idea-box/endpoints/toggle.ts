import type { Organisation } from '@akita-dx/plugin-core'
import type { CollectionSlug, Endpoint, PayloadRequest } from 'payload'

import { jsonResponse } from '@akita-dx/plugin-core'

import { ideaOfRequest, ownRow, refusalResponse } from './ideaRequest'

/** A per-person mark on an idea (vote, follow) that a button sets and clears. */
type Toggle = {
  collection: CollectionSlug
  owner: string
  path: string
  /** The body answered: whether the mark is set, plus what else the button shows. */
  state: (req: PayloadRequest, ideaId: unknown, on: boolean) => Promise<Record<string, unknown>>
}

/**
 * Sets the caller's mark through the Local API with their access, so the collection's hooks
 * decide (who, which state, limits) and keep the counters. Setting it again is no error: when
 * the create fails because the row is there (a double click, parallel requests hitting the
 * unique index), the answer is the state as it now is.
 */
const set = async (req: PayloadRequest, toggle: Toggle, idea: Record<string, unknown>): Promise<Response> => {
  if (!(await ownRow(req, toggle.collection, toggle.owner, idea.id))) {
    try {
      await req.payload.create({ collection: toggle.collection, data: { idea: idea.id }, overrideAccess: false, req })
    } catch (error) {
      if (!(await ownRow(req, toggle.collection, toggle.owner, idea.id))) return refusalResponse(error)
    }
  }
  return jsonResponse(await toggle.state(req, idea.id, true))
}

/** Clears the mark with the caller's access (the collection refuses what it refuses); none is no error. */
const clear = async (req: PayloadRequest, toggle: Toggle, idea: Record<string, unknown>): Promise<Response> => {
  const row = await ownRow(req, toggle.collection, toggle.owner, idea.id)
  if (row) {
    try {
      await req.payload.delete({ id: row.id as number | string, collection: toggle.collection, overrideAccess: false, req })
    } catch (error) {
      return refusalResponse(error)
    }
  }
  return jsonResponse(await toggle.state(req, idea.id, false))
}

/** POST and DELETE /api/ideas/:id/<path>. */
export const toggleEndpoints = (organisation: Organisation, toggle: Toggle): Endpoint[] =>
  (['post', 'delete'] as const).map((method) => ({
    handler: async (req) => {
      const idea = await ideaOfRequest(req, organisation)
      if (idea instanceof Response) return idea
      return method === 'post' ? set(req, toggle, idea) : clear(req, toggle, idea)
    },
    method,
    path: `/:id/${toggle.path}`,
  }))
