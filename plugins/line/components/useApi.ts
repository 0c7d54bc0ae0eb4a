'use client'
import { sendJson } from '@akita-dx/plugin-core/client'

export { errorOf, useApiBase } from '@akita-dx/plugin-core/client'

/** POST a JSON body with the admin's session; the answer's JSON (or `{}`), whatever its status. */
export const postJson = (url: string, body: unknown, signal?: AbortSignal) => sendJson('POST', url, body, signal)
