import type { Request, Response } from 'express'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

import { sendWebResponse, toWebRequest } from '@akita-dx/plugin-core/express'
import { type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

const GRAPHQL_ROUTE = path.resolve('src/app/(payload)/api/graphql/route.ts')

/**
 * Next's part of the server as far as /api/graphql goes: the app's route file for it when there
 * is one, Next's HTML 404 page otherwise.
 */
const nextStandIn = async (req: Request, res: Response) => {
  if (req.path === '/api/graphql' && fs.existsSync(GRAPHQL_ROUTE)) {
    const route = (await import(GRAPHQL_ROUTE)) as Record<string, (request: globalThis.Request) => Promise<globalThis.Response>>
    const handler = route[req.method]
    if (handler) return sendWebResponse(await handler(toWebRequest(req)), res)
  }
  res.status(404).type('html').send('<!DOCTYPE html><html><body><h1>404</h1></body></html>')
}

/** One request, hundreds of list queries: what kept the process busy for minutes. */
const aliasedQuery = (count: number) =>
  `query { ${Array.from({ length: count }, (_, i) => `a${i}: Announcements(limit: 100) { docs { id title summary } }`).join(' ')} }`

const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now()
  const value = await work()
  return { ms: Date.now() - started, value }
}

describe('GraphQL is off', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startAppServer({ app: { nextHandler: nextStandIn } })
  }, 120_000)
  afterAll(() => server?.close())

  it('answers an anonymous GraphQL request with a JSON 404 while /healthz stays fast', async () => {
    const graphql = timed(async () => {
      const res = await fetch(`${server.baseUrl}/api/graphql`, {
        body: JSON.stringify({ query: aliasedQuery(400) }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      return { body: await res.text(), status: res.status, type: res.headers.get('content-type') }
    })
    await new Promise((resolve) => setTimeout(resolve, 20))
    const health = await timed(async () => (await fetch(`${server.baseUrl}/healthz`)).status)
    const answer = await graphql

    expect(health.value).toBe(200)
    expect(health.ms).toBeLessThan(1_000)
    expect(answer.value.status).toBe(404)
    expect(answer.value.type).toMatch(/application\/json/)
    expect(JSON.parse(answer.value.body)).toEqual({ errors: [{ message: expect.stringContaining('/api/graphql') }] })
    expect(answer.ms).toBeLessThan(1_000)
  })

  it('has no GraphQL in the config nor a route for it in the admin', () => {
    expect(server.payload.config.graphQL.disable).toBe(true)
    expect(fs.existsSync(GRAPHQL_ROUTE)).toBe(false)
  })

  it('answers GET /api/graphql and the playground the same way', async () => {
    for (const p of ['/api/graphql', '/api/graphql-playground']) {
      const res = await fetch(`${server.baseUrl}${p}`)
      expect(res.status).toBe(404)
      expect(((await res.json()) as { errors: unknown[] }).errors).toHaveLength(1)
    }
  })
})
