import type { Organisation } from '@akita-dx/plugin-core'
import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { errorResponse, parseDocumentId, requireRole } from '@akita-dx/plugin-core'
import { APIError } from 'payload'

import { IDEAS } from '../constants'
import { message } from '../translations'
import { loadVisible } from '../utilities/load'

type Doc = Record<string, unknown>

/**
 * The staff member and the idea of /api/ideas/:id/…, as they may read it; otherwise the 401/403
 * (not staff) or 404 (no such idea, or one they cannot see) to answer.
 */
export const ideaOfRequest = async (req: PayloadRequest, organisation: Organisation): Promise<Doc | Response> => {
  const refused = requireRole(req, organisation, 'staff')
  if (refused) return refused
  const id = parseDocumentId(req.payload, req.routeParams?.id)
  const idea = id === null ? null : await loadVisible(req, IDEAS, id).catch(() => null)
  return idea ?? errorResponse(404, message(req, 'error.ideaNotFound', { id: String(req.routeParams?.id ?? '') }))
}

/** A refusal of the Local API (hooks, access, unique index) as the 4xx it is; anything else is a fault. */
export const refusalResponse = (error: unknown): Response => {
  if (error instanceof APIError && error.status >= 400 && error.status < 500) return errorResponse(error.status, error.message)
  throw error
}

/** The caller's own row of a per-person collection (vote, follow) on an idea, if any. */
export const ownRow = async (req: PayloadRequest, collection: CollectionSlug, owner: string, ideaId: unknown): Promise<Doc | null> => {
  const where: Where = { and: [{ idea: { equals: ideaId } }, { [owner]: { equals: req.user!.id } }] }
  const found = await req.payload.find({ collection, depth: 0, limit: 1, overrideAccess: true, req, where })
  return (found.docs[0] as Doc | undefined) ?? null
}
