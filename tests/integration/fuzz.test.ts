import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createHash } from 'node:crypto'
import type { Payload } from 'payload'

import { serverRoutesOf } from '@akita-dx/plugin-core'
import { createTestUser, ensureDepartment, loginHeaders, seededRandom, type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

import { ideasSeed } from '../../seed/ideas'
import { organisationSeed } from '../../seed/organisation'

type Route = { collection?: string; method: string; path: string }

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611)
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 1500)
const WRITES = new Set(['DELETE', 'PATCH', 'POST', 'PUT'])
// Signing in and out changes sessions, not documents; the fuzz keeps its own sessions alive.
const AUTH_PATHS = /\/(first-register|forgot-password|init|login|logout|refresh-token|reset-password|unlock|verify|me|access)(\/|$)/

const BAD_IDS = [
  'abc',
  '-1',
  '0',
  '1.5',
  '1e999',
  '%00',
  '%ff',
  '9'.repeat(30),
  '..%2F..%2Fetc',
  'null',
  '%20',
  "1'--",
  '[object Object]',
  'NaN',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  'bogus',
]
const VALUES = ['notadate', '', '%00', 'a%00b', '1,abc', '[]', '{}', 'true', '-1', '1e309', '%ff', 'x'.repeat(300), '2024-13-45', '1,2,3,4']
const TYPES = [
  'application/json',
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/JSON',
  'multipart/form-data; boundary=x',
  '',
]

/**
 * Walks every collection's REST routes, the plugins' endpoints and the server routes with generated
 * bad ids, bodies, content types and query operators, as anonymous, staff, an editor and an admin.
 * No answer is a 5xx, a refused write changes nothing in its collection, and the server stays healthy.
 */
describe('fuzzing the REST API', () => {
  let server: TestServer
  let payload: Payload
  const sessions: Record<string, string>[] = [{}]

  beforeAll(async () => {
    server = await startAppServer()
    payload = server.payload
    for (const step of [organisationSeed, ideasSeed]) await step.run({ log: () => {}, payload })
    const department = await ensureDepartment(payload, 'digital')
    for (const roles of [['staff'], ['editor'], ['admin']] as const) {
      const user = await createTestUser(payload, { department: department.id, roles: [...roles] })
      sessions.push({ authorization: (await loginHeaders(server.baseUrl, user)).authorization })
    }
  }, 180_000)
  afterAll(() => server?.close())

  const routesOf = (): Route[] => {
    const routes: Route[] = []
    for (const { slug, endpoints } of payload.config.collections) {
      const base = `/api/${slug}`
      routes.push(
        { collection: slug, method: 'GET', path: base },
        { collection: slug, method: 'GET', path: `${base}/:id` },
        { collection: slug, method: 'GET', path: `${base}/count` },
        { collection: slug, method: 'GET', path: `${base}/versions` },
        { collection: slug, method: 'POST', path: base },
        { collection: slug, method: 'PATCH', path: `${base}/:id` },
        { collection: slug, method: 'PATCH', path: base },
        { collection: slug, method: 'DELETE', path: `${base}/:id` },
        { collection: slug, method: 'DELETE', path: base },
        { collection: slug, method: 'POST', path: `${base}/:id/duplicate` },
      )
      for (const endpoint of Array.isArray(endpoints) ? endpoints : []) {
        if (!AUTH_PATHS.test(endpoint.path))
          routes.push({ collection: slug, method: endpoint.method.toUpperCase(), path: `${base}${endpoint.path}` })
      }
    }
    for (const endpoint of payload.config.endpoints ?? [])
      routes.push({ method: endpoint.method.toUpperCase(), path: `/api${endpoint.path}` })
    for (const route of serverRoutesOf(payload.config)) {
      for (const method of route.method === '*' ? ['GET', 'POST'] : [route.method.toUpperCase()]) routes.push({ method, path: route.path })
    }
    return routes.filter((route) => !AUTH_PATHS.test(route.path) || route.method === 'GET')
  }

  /** What a refused write must leave as it was: every row of the collection. */
  const snapshot = async (collection?: string) => {
    if (!collection) return ''
    const { docs } = await payload.find({
      collection: collection as never,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      showHiddenFields: true,
      trash: true,
    })
    return createHash('sha1').update(JSON.stringify(docs)).digest('hex')
  }

  it('answers no 5xx, writes nothing when it refuses, and stays healthy', async () => {
    const random = seededRandom(SEED)
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]
    const routes = routesOf()
    const fieldNames = new Map(payload.config.collections.map((c) => [c.slug, ['id', ...c.flattenedFields.map((f) => f.name)]]))
    const existingIds = new Map<string, string[]>()
    for (const { slug } of payload.config.collections) {
      if (slug === 'users') continue
      const { docs } = await payload.find({ collection: slug as never, depth: 0, limit: 5, overrideAccess: true })
      existingIds.set(
        slug,
        docs.map((doc) => String(doc.id)),
      )
    }
    const idFor = (route: Route) => {
      const real = existingIds.get(route.collection ?? '') ?? []
      return real.length && random() < 0.3 ? pick(real) : pick(BAD_IDS)
    }
    const query = (route: Route) => {
      const parts: string[] = []
      const fields = fieldNames.get(route.collection ?? '') ?? ['id', 'title']
      const n = Math.floor(random() * 3)
      for (let i = 0; i < n; i += 1) parts.push(`where[${pick(fields)}][${pick(OPERATORS)}]=${pick(VALUES)}`)
      if (random() < 0.3) parts.push(`sort=${random() < 0.5 ? '-' : ''}${pick(fields)}`)
      if (random() < 0.2)
        parts.push(pick(['limit=-5', 'page=0', 'depth=99', 'limit=abc', 'where={bad', 'where[or][0][and][0][id][equals]=1', 'draft=maybe']))
      return parts.length ? `?${parts.join('&')}` : ''
    }
    const body = () => {
      const fields = ['title', 'body', 'name', 'email', 'roles', 'department', 'idea', 'value', 'user', 'document']
      return pick([
        () => '{"title": ',
        () => '[1,2,3]',
        () => 'null',
        () => `{"a":${'['.repeat(3000)}${']'.repeat(3000)}}`,
        () => JSON.stringify({ [pick(fields)]: 'a\u0000b' }),
        () => JSON.stringify({ [pick(fields)]: { equals: 1 }, [pick(fields)]: [1, 'x', null] }),
        () => JSON.stringify({ [pick(fields)]: 1e308, [pick(fields)]: -1 }),
        () => JSON.stringify({ [pick(fields)]: pick(VALUES) }),
        () => 'title=x&summary=y',
        () => '',
      ])()
    }

    const statuses: Record<string, number> = {}
    const failures: string[] = []
    const visited = new Set<string>()
    for (let i = 0; i < REQUESTS; i += 1) {
      const route = pick(routes)
      visited.add(`${route.method} ${route.path}`)
      const path = route.path.replace(/:[a-zA-Z]+/g, () => idFor(route)) + query(route)
      const method = route.method
      const type = pick(TYPES)
      const sent = WRITES.has(method) && random() < 0.9 ? body() : undefined
      const headers: Record<string, string> = { ...pick(sessions), ...(type ? { 'content-type': type } : {}) }
      const before = WRITES.has(method) ? await snapshot(route.collection) : ''
      const res = await fetch(`${server.baseUrl}${path}`, { body: sent, headers, method, redirect: 'manual' })
      await res.arrayBuffer()
      statuses[res.status] = (statuses[res.status] ?? 0) + 1
      if (res.status >= 500) failures.push(`${res.status} ${method} ${path} (${type}) ${sent?.slice(0, 80) ?? ''}`)
      else if (res.status >= 400 && WRITES.has(method) && (await snapshot(route.collection)) !== before)
        failures.push(`wrote on ${res.status}: ${method} ${path}`)
    }
    const health = await fetch(`${server.baseUrl}/healthz`)
    process.stdout.write(
      `fuzz: seed ${SEED}, ${REQUESTS} requests over ${visited.size} of ${routes.length} routes, statuses ${JSON.stringify(statuses)}, ${failures.length} failures\n`,
    )
    expect(failures).toEqual([])
    expect(health.status).toBe(200)
  }, 240_000)
})
