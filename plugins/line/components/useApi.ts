'use client'
import { useConfig } from '@payloadcms/ui'

/** Base path of Payload's REST API as configured (`/api` by default). */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
}

/** The message of an error answer (`{ errors: [{ message }] }`, the shape of every endpoint here and of Payload's). */
export const errorOf = (body: any, status: number): string => body?.errors?.[0]?.message ?? `HTTP ${status}`

/** POST a JSON body with the admin's session; the answer's JSON (or `{}`), whatever its status. */
export const postJson = async (url: string, body: unknown, signal?: AbortSignal) => {
  const res = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    method: 'POST',
    signal,
  })
  return { body: await res.json().catch(() => ({})), ok: res.ok, status: res.status }
}
