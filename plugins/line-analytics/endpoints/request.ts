import type { PayloadRequest } from 'payload'

import { errorResponse, jsonResponse, requireRole } from '@akita-dx/plugin-core'

import { type DashboardFilter, parseDashboardFilter } from '../dashboard'
import { scopedFilter } from '../dashboard/scope'
import { type AnalyticsTranslationKey, analyticsT } from '../translations'
import type { ResolvedAnalyticsOptions } from '../types'

/** Figures change with every click: no answer is cached. */
const NO_STORE = { 'Cache-Control': 'no-store' }

export const ID = /^[0-9A-Za-z_-]{1,64}$/

export const json = (body: unknown, status = 200) => jsonResponse(body, status, NO_STORE)

/** `{ errors: [{ message, field? }] }` in the caller's admin language. */
export const refuse = (
  req: PayloadRequest,
  status: number,
  message: AnalyticsTranslationKey,
  vars?: Record<string, unknown>,
  field?: string,
) => errorResponse(status, analyticsT(req, message, vars), { field, headers: NO_STORE })

export const routeParam = (req: PayloadRequest, name: string) =>
  String((req.routeParams as Record<string, unknown> | undefined)?.[name] ?? '')

/** The 401/403 for anyone but editors and admins; null when allowed. */
export const editorsOnly = (req: PayloadRequest, options: ResolvedAnalyticsOptions) => requireRole(req, options.organisation, 'editor')

/** A well-formed id from the path, or the 400 to answer instead. */
export const idParam = (req: PayloadRequest, name: string, message: AnalyticsTranslationKey): Response | string => {
  const id = routeParam(req, name)
  return ID.test(id) ? id : refuse(req, 400, message, { id }, name)
}

/**
 * The dashboard's filter from the query string, or the 400 naming what was wrong. An editor who
 * does not send for every department sees their own department's figures, whatever they ask for.
 */
export const dashboardFilterOf = async (req: PayloadRequest, options: ResolvedAnalyticsOptions): Promise<DashboardFilter | Response> => {
  const parsed = parseDashboardFilter((req.query ?? {}) as Record<string, unknown>, options.categories)
  if ('problem' in parsed) return refuse(req, 400, parsed.problem.message, parsed.problem.vars, parsed.problem.field)
  return (await scopedFilter(req, parsed.filter)) ?? refuse(req, 403, 'errorNoDepartment')
}
