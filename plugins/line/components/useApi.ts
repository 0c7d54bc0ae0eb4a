'use client'
import { useConfig } from '@payloadcms/ui'

/** Base path of Payload's REST API as configured (`/api` by default). */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
}

/** The message of an error answer: the plugin's `{ error }` or Payload's `{ errors: [{ message }] }`. */
export const errorOf = (body: any, status: number): string => body?.errors?.[0]?.message ?? body?.error ?? `HTTP ${status}`

/** POST a JSON body with the admin's session; the answer's JSON (or `{}`), whatever its status. */
export const postJson = async (url: string, body: unknown, signal?: AbortSignal) => {
  const res = await fetch(url, {
    body: JSON.stringify(body),
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    signal,
  })
  return { body: await res.json().catch(() => ({})), ok: res.ok, status: res.status }
}
