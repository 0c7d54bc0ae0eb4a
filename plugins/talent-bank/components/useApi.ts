'use client'
import { useConfig } from '@payloadcms/ui'

/** Base path of Payload's REST API as configured (`/api` by default). */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
}

/** The message of an error answer (`{ errors: [{ message }] }`, the shape of the plugin's endpoints and of Payload's). */
export const errorOf = (body: any, status: number): string => body?.errors?.[0]?.message ?? `HTTP ${status}`

/** Sends JSON with the admin's session; the answer's JSON (or `{}`), whatever its status. */
export const sendJson = async (method: 'GET' | 'PATCH' | 'POST', url: string, body?: unknown) => {
  const res = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'include',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    method,
  })
  return { body: await res.json().catch(() => ({})), ok: res.ok, status: res.status }
}
