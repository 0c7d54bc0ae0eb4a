import type { Endpoint, PayloadRequest } from 'payload'

import { errorResponse, jsonResponse, recordAuditEvent, refusalResponse, requireRole } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { sendsForAll } from '../delivery/ownership'
import { lineT } from '../translations'
import type { ResolvedLineOptions } from '../types'
import { publishRichMenu, RichMenuInvalid, withdrawRichMenu } from './publish'

type Action = 'publish' | 'withdraw'

const RUN = { publish: publishRichMenu, withdraw: withdrawRichMenu }

/** The menu of the path, read as the user (a 404 for one they cannot read). */
const menuOf = async (req: PayloadRequest) => {
  const id = String(req.routeParams?.id ?? '')
  const doc = await req.payload.findByID({ collection: SLUGS.richMenus, depth: 0, disableErrors: true, id, overrideAccess: false, req })
  return doc as null | (Record<string, unknown> & { id: number | string; name?: string })
}

const handler = (options: ResolvedLineOptions, action: Action) => async (req: PayloadRequest) => {
  const denied = requireRole(req, options.organisation, 'editor')
  if (denied) return denied
  if (!(await sendsForAll(req, options))) return errorResponse(403, lineT(req, 'richMenuForbidden'))
  const menu = await menuOf(req)
  if (!menu) return errorResponse(404, lineT(req, 'richMenuMissing', { id: String(req.routeParams?.id ?? '') }))
  try {
    const result = await RUN[action](req.payload, menu.id)
    await recordAuditEvent(
      { payload: req.payload, req },
      {
        action: action === 'publish' ? 'publish' : 'unpublish',
        collection: SLUGS.richMenus,
        documentId: menu.id,
        documentTitle: menu.name ?? null,
      },
    )
    return jsonResponse(result)
  } catch (error) {
    if (error instanceof RichMenuInvalid) return jsonResponse({ errors: error.errors }, 400)
    const refused = refusalResponse(error)
    if (refused) return refused
    throw error
  }
}

/** `POST /api/line-rich-menus/:id/publish` and `/:id/withdraw`: admins and those who send for all departments. */
export const richMenuEndpoints = (options: ResolvedLineOptions): Endpoint[] => [
  { handler: handler(options, 'publish'), method: 'post', path: '/:id/publish' },
  { handler: handler(options, 'withdraw'), method: 'post', path: '/:id/withdraw' },
]
