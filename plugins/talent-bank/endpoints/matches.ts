import type { Endpoint } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { departmentOf, isAdminUser, isEditorUser } from '../../../src/access'
import { HELP_REQUESTS } from '../constants'
import { findCandidates, type HelpRequestDoc } from '../matching'
import { sameId } from '../utilities/visibility'

const error = (status: number, message: string) => Response.json({ errors: [{ message }] }, { status })

/**
 * GET /api/help-requests/:id/matches?limit=N: ranked candidates with a score and the reasons,
 * for the editors of the requesting department and admins.
 */
export const matchesEndpoint = (options: ResolvedTalentBankOptions): Endpoint => ({
  handler: async (req) => {
    if (!req.user) return error(401, 'ログインが必要です')
    if (!isEditorUser(req.user)) return error(403, '候補者を見られるのは依頼課の編集者または管理者です')
    const id = String(req.routeParams?.id ?? '')
    if (req.payload.db.defaultIDType === 'number' && !/^\d+$/.test(id)) return error(404, `応援依頼 ${id} は見つかりません`)
    const limitParam = new URL(req.url ?? 'http://localhost').searchParams.get('limit')
    const limit = limitParam === null ? options.maxCandidates : Number(limitParam)
    if (!Number.isInteger(limit) || limit < 1 || limit > options.maxCandidates) {
      return error(400, `limit は 1 から ${options.maxCandidates} までの整数で指定してください`)
    }
    const helpRequest = await req.payload.findByID({
      collection: HELP_REQUESTS,
      depth: 0,
      disableErrors: true,
      id,
      overrideAccess: true,
      req,
    })
    if (!helpRequest) return error(404, `応援依頼 ${id} は見つかりません`)
    if (!isAdminUser(req.user) && !sameId(helpRequest.department as never, departmentOf(req.user))) {
      return error(403, '候補者を見られるのは依頼課の編集者または管理者です')
    }
    const ranked = await findCandidates(req, helpRequest as unknown as HelpRequestDoc, options, limit)
    return Response.json({
      docs: ranked.map(({ profile, reasons, score }) => ({ profile, reasons, score })),
      totalDocs: ranked.length,
    })
  },
  method: 'get',
  path: '/:id/matches',
})
