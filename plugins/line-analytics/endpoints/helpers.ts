import type { PayloadRequest } from 'payload'

import { isEditorUser } from '../../../src/access'

export const json = (body: unknown, status = 200) => Response.json(body, { headers: { 'Cache-Control': 'no-store' }, status })

/** 401 for anonymous callers, 403 for users who are not editors or admins; null when allowed. */
export const requireEditor = (req: PayloadRequest): null | Response => {
  if (!req.user) return json({ error: 'ログインが必要です' }, 401)
  if (!isEditorUser(req.user)) return json({ error: '編集者の権限が必要です' }, 403)
  return null
}

export const ID = /^[0-9A-Za-z_-]{1,64}$/

export const routeParam = (req: PayloadRequest, name: string) => String((req.routeParams as Record<string, unknown> | undefined)?.[name] ?? '')
