'use client'
import { useConfig } from '@payloadcms/ui'

/** Base path of Payload's REST API as configured (`/api` by default). */
export const useApiBase = (): string => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`
}

/** The message of an error answer (`{ errors: [{ message }] }`, the shape of every endpoint of the suite and of Payload's). */
export const errorOf = (body: any, status: number): string => body?.errors?.[0]?.message ?? `HTTP ${status}`

export type JsonAnswer = { body: any; ok: boolean; status: number }

/** Sends a request with the admin's session (a JSON body when given); the answer's JSON (or `{}`), whatever its status. */
export const sendJson = async (
  method: 'DELETE' | 'GET' | 'PATCH' | 'POST',
  url: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<JsonAnswer> => {
  const res = await fetch(url, {
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'include',
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    method,
    signal,
  })
  return { body: await res.json().catch(() => ({})), ok: res.ok, status: res.status }
}
