import type { Endpoint, PayloadRequest, Where } from 'payload'

import { clientErrorResponse, errorResponse, recordAuditEvent, requireRole } from '@akita-dx/plugin-core'
import { jstDay } from '@akita-dx/plugin-core/shared'

import type { ResolvedAuditOptions } from '../types'

import { AUDIT_EVENTS } from '../constants'
import { message } from '../translations'
import { auditCsv } from './csv'

const PAGE = 500

/** The entries the caller may read that match the list view's `where`, oldest first. */
const readAll = async (req: PayloadRequest, options: ResolvedAuditOptions, where: undefined | Where) => {
  const query = {
    collection: AUDIT_EVENTS,
    depth: 1,
    limit: PAGE,
    overrideAccess: false,
    populate: { [options.organisation.departments]: { name: true } },
    req,
    sort: 'createdAt',
    user: req.user,
    where,
  } as const
  const first = await req.payload.find({ ...query, page: 1 })
  if (first.totalDocs > options.maxExportRows) return { count: first.totalDocs, tooMany: true as const }
  const docs = [...first.docs]
  for (let page = 2; page <= first.totalPages; page += 1) docs.push(...(await req.payload.find({ ...query, page })).docs)
  return { docs: docs as unknown as Record<string, unknown>[] }
}

/**
 * `GET /api/audit-events/export?where[…]`: the entries of the list view's filter as CSV (for a
 * 情報公開請求), with the reader's access and the query guards. The export is itself an entry.
 */
export const exportEndpoint = (options: ResolvedAuditOptions): Endpoint => ({
  handler: async (req) => {
    const denied = requireRole(req, options.organisation, 'editor')
    if (denied) return denied
    const where = (req.query?.where ?? undefined) as undefined | Where
    let result: Awaited<ReturnType<typeof readAll>>
    try {
      result = await readAll(req, options, where)
    } catch (error) {
      const answer = clientErrorResponse(error)
      if (!answer) throw error
      return answer
    }
    if ('tooMany' in result) return errorResponse(400, message(req, 'error.tooMany', { count: result.count, max: options.maxExportRows }))
    const filter = where ? JSON.stringify(where).slice(0, 500) : message(req, 'csv.noFilter')
    await recordAuditEvent(
      { payload: req.payload, req },
      { action: 'export', collection: AUDIT_EVENTS, note: message(req, 'csv.exportNote', { count: result.docs.length, filter }) },
    )
    return new Response(auditCsv(req, result.docs), {
      headers: {
        'Cache-Control': 'no-store',
        'Content-Disposition': `attachment; filename="audit-events_${jstDay(Date.now())}.csv"`,
        'Content-Type': 'text/csv; charset=utf-8',
      },
    })
  },
  method: 'get',
  path: '/export',
})
