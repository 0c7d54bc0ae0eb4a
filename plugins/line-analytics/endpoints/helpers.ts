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

/** The delivery id of an editor's request to `…/deliveries/:id…`, or the 401/403/400 to answer instead. */
export const editorDeliveryId = (req: PayloadRequest): Response | string => {
  const denied = requireEditor(req)
  if (denied) return denied
  const id = routeParam(req, 'id')
  return ID.test(id) ? id : json({ error: `配信 ID「${id}」の形式が正しくありません` }, 400)
}
