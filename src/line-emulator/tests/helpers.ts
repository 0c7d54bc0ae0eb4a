import { insight, manageAudience, messagingApi } from '@line/bot-sdk'

import { startLineEmulator, type LineEmulatorOptions, type RunningLineEmulator } from '../index'
import { generatedUserIds } from '../userIds'

export const TOKEN = 'test-channel-access-token'
export const SECRET = 'test-channel-secret'

export const start = (options: LineEmulatorOptions = {}): Promise<RunningLineEmulator> =>
  startLineEmulator({ port: 0, quiet: true, channelAccessToken: TOKEN, channelSecret: SECRET, ...options })

export const clientsFor = (emulator: RunningLineEmulator, token = TOKEN) => {
  const config = { channelAccessToken: token, baseURL: emulator.url }
  return {
    messaging: new messagingApi.MessagingApiClient(config),
    insight: new insight.InsightClient(config),
    audience: new manageAudience.ManageAudienceClient(config),
  }
}

export const userIds = (count: number, seed = 'test'): string[] => generatedUserIds(count, seed)

export const text = (value: string) => ({ type: 'text' as const, text: value })

/** Runs a call that must fail and returns the SDK's HTTPFetchError fields. */
export const failure = async (call: Promise<unknown>): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> => {
  try {
    await call
  } catch (error) {
    const e = error as { status?: number; headers?: Headers; body?: string }
    if (typeof e.status !== 'number') throw error
    return { status: e.status, headers: e.headers as Headers, body: JSON.parse(e.body || '{}') as Record<string, unknown> }
  }
  throw new Error('expected the call to fail')
}

export const api = async (emulator: RunningLineEmulator, path: string, init: RequestInit & { json?: unknown } = {}) => {
  const { json, ...rest } = init
  const response = await fetch(emulator.url + path, {
    ...rest,
    ...(json !== undefined
      ? { body: JSON.stringify(json), headers: { 'content-type': 'application/json', ...(rest.headers as Record<string, string>) } }
      : {}),
  })
  const raw = await response.text()
  return { status: response.status, headers: response.headers, body: (raw ? JSON.parse(raw) : null) as Record<string, any> }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export const waitFor = async <T>(probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5000): Promise<T> => {
  const until = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (done(value) || Date.now() > until) return value
    await sleep(20)
  }
}
