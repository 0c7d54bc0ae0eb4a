import type { PayloadRequest } from 'payload'

import { isEditorUser } from '../../../src/access'

export const json = (body: unknown, status = 200) => Response.json(body, { status })

/** The JSON body, or a 400 response naming the problem. */
export const readBody = async (req: PayloadRequest): Promise<Record<string, unknown> | Response> => {
  try {
    const body = req.json ? await req.json() : {}
    if (!body || typeof body !== 'object' || Array.isArray(body)) return json({ error: 'JSON オブジェクトを送ってください' }, 400)
    return body as Record<string, unknown>
  } catch {
    return json({ error: 'JSON として読めません' }, 400)
  }
}

/** 401 for anonymous callers, 403 for signed-in users who are not editors; null when allowed. */
export const requireEditor = (req: PayloadRequest): null | Response => {
  if (!req.user) return json({ error: 'ログインが必要です' }, 401)
  if (!isEditorUser(req.user)) return json({ error: '編集者の権限が必要です' }, 403)
  return null
}
