import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq, type Payload, type Where } from 'payload'

import { api, type TestServer } from '@akita-dx/test-support'

import { type FiveRoles, type Role, startWithFiveRoles } from './fiveRoles'

type Op = 'create' | 'delete' | 'list' | 'read' | 'update'
type Id = number | string

const ROLES: Role[] = ['anonymous', 'staff', 'otherEditor', 'editor', 'admin']
const REFUSED = new Set([401, 403, 404, 405])

/**
 * Every collection × role × operation over REST, against the collection's declared access evaluated
 * for the same user and document: a list shows no document outside the user's read access, reading,
 * changing or deleting a document the access refuses is refused and changes nothing, and what the
 * access allows is not refused as forbidden. The plugins' own matrices (idea box, talent bank) pin
 * the rules themselves; this one covers every collection of the app, Payload's own included.
 */
describe('access matrix of every collection', () => {
  let server: TestServer
  let payload: Payload
  let headers: FiveRoles['headers']
  let users: FiveRoles['users']

  beforeAll(async () => {
    let departments: FiveRoles['departments']
    ;({ departments, headers, payload, server, users } = await startWithFiveRoles())
    for (const [status, department] of [
      ['published', departments.digital],
      ['draft', departments.kodomo],
    ] as const) {
      await payload.create({
        collection: 'announcements',
        data: { _status: status, category: 'bosai', department, summary: '概要', title: `${status}のお知らせ` },
        draft: status === 'draft',
        overrideAccess: true,
      })
    }
  }, 300_000)
  afterAll(() => server?.close())

  /** A collection's declared access for a user: true, false or the Where of what they may reach. */
  const accessOf = async (slug: string, role: Role, op: 'delete' | 'read' | 'update') => {
    const access = payload.collections[slug as never].config.access[op]
    const req = await createLocalReq({ user: users[role] }, payload)
    return access ? await access({ req }) : Boolean(users[role])
  }

  /** The ids of the collection's documents a user may reach with an operation, by its declared access. */
  const reachable = async (slug: string, role: Role, op: 'delete' | 'read' | 'update'): Promise<Set<string>> => {
    const result = await accessOf(slug, role, op)
    if (!result) return new Set()
    const where = result === true ? undefined : (result as Where)
    const { docs } = await payload.find({ collection: slug as never, depth: 0, limit: 0, overrideAccess: true, pagination: false, where })
    return new Set(docs.map((doc) => String(doc.id)))
  }

  const mayCreate = async (slug: string, role: Role) => {
    const access = payload.collections[slug as never].config.access.create
    const req = await createLocalReq({ user: users[role] }, payload)
    return Boolean(access ? await access({ data: {}, req }) : users[role])
  }

  const allIds = async (slug: string) =>
    (await payload.find({ collection: slug as never, depth: 0, limit: 0, overrideAccess: true, pagination: false })).docs.map((doc) =>
      String(doc.id),
    )

  it('matches the declared access for every collection, role and operation, with no leaks', async () => {
    const leaks: string[] = []
    const counts = { allowed: 0, cells: 0, refused: 0, untested: 0 }
    const record = (slug: string, role: Role, op: Op, expected: boolean | null, status: number) => {
      counts.cells += 1
      if (expected === null) return void (counts.untested += 1)
      const refused = REFUSED.has(status)
      if (status >= 500) leaks.push(`${slug} ${role} ${op}: ${status}`)
      else if (!expected && !refused) leaks.push(`${slug} ${role} ${op}: allowed (${status})`)
      else if (expected && (status === 401 || status === 403)) leaks.push(`${slug} ${role} ${op}: forbidden although allowed (${status})`)
      if (refused) counts.refused += 1
      else counts.allowed += 1
    }
    for (const { slug } of payload.config.collections) {
      const ids = await allIds(slug)
      for (const role of ROLES) {
        const readable = await reachable(slug, role, 'read')
        const list = await api(server.baseUrl, `/${slug}?limit=0&depth=0`, { headers: headers[role] })
        const listed: string[] = list.status === 200 ? list.json.docs.map((doc: { id: Id }) => String(doc.id)) : []
        const outside = listed.filter((id) => !readable.has(id))
        if (outside.length) leaks.push(`${slug} ${role} list: ${outside.length} documents outside read access`)
        record(slug, role, 'list', Boolean(await accessOf(slug, role, 'read')), list.status)
        const target = ids.find((id) => !readable.has(id)) ?? ids[0]
        if (target === undefined) {
          for (const op of ['read', 'update', 'delete'] as const) record(slug, role, op, null, 0)
        } else {
          const read = await api(server.baseUrl, `/${slug}/${target}?depth=0`, { headers: headers[role] })
          record(slug, role, 'read', readable.has(target), read.status)
          const updatable = (await reachable(slug, role, 'update')).has(target)
          const before = JSON.stringify(await payload.findByID({ collection: slug as never, depth: 0, id: target, overrideAccess: true }))
          const update = await api(server.baseUrl, `/${slug}/${target}`, { body: {}, headers: headers[role], method: 'PATCH' })
          record(slug, role, 'update', updatable, update.status)
          const deletable = (await reachable(slug, role, 'delete')).has(target)
          // Allowed deletes are not carried out: the document is the next role's target.
          if (deletable) record(slug, role, 'delete', null, 0)
          else
            record(
              slug,
              role,
              'delete',
              false,
              (await api(server.baseUrl, `/${slug}/${target}`, { headers: headers[role], method: 'DELETE' })).status,
            )
          if (!updatable || !deletable) {
            const after = await payload.findByID({
              collection: slug as never,
              depth: 0,
              disableErrors: true,
              id: target,
              overrideAccess: true,
            })
            if (!after) leaks.push(`${slug} ${role}: document ${target} deleted without access`)
            else if (!updatable && JSON.stringify(after) !== before)
              leaks.push(`${slug} ${role}: document ${target} changed without access`)
          }
        }
        const countBefore = (await allIds(slug)).length
        const create = await api(server.baseUrl, `/${slug}`, { body: {}, headers: headers[role], method: 'POST' })
        const creatable = await mayCreate(slug, role)
        record(slug, role, 'create', creatable, create.status)
        if (!creatable && (await allIds(slug)).length !== countBefore) leaks.push(`${slug} ${role}: created without access`)
      }
    }
    process.stdout.write(
      `access matrix: ${payload.config.collections.length} collections × ${ROLES.length} roles × 5 operations = ${counts.cells} cells ` +
        `(${counts.allowed} allowed, ${counts.refused} refused, ${counts.untested} not exercised), ${leaks.length} leaks\n`,
    )
    expect(leaks).toEqual([])
  }, 600_000)
})
