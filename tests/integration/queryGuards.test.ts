import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { api, type TestServer } from '@akita-dx/test-support'

import { type FiveRoles, type Role, startWithFiveRoles } from './fiveRoles'

type Doc = Record<string, unknown>
/** A where/sort path and the fields it passes through, the related collection's after a relationship. */
type Candidate = { chain: FlattenedField[]; collection: string; path: string; text: boolean }

const ROLES: Role[] = ['anonymous', 'staff', 'editor', 'otherEditor', 'admin']
const TEXT = new Set(['code', 'email', 'text', 'textarea'])
const CONTAINERS = new Set(['array', 'group', 'tab'])

const limited = (field: FlattenedField) =>
  Boolean((field as { hidden?: boolean }).hidden) || Boolean((field as { access?: { read?: unknown } }).access?.read)

/** Every field path of a collection, groups, tabs and arrays included (blocks and joins are not queried). */
const pathsOf = (fields: FlattenedField[], prefix = '', chain: FlattenedField[] = []): { chain: FlattenedField[]; path: string }[] =>
  fields.flatMap((field) => {
    if (field.type === 'join' || field.type === 'blocks') return []
    const here = { chain: [...chain, field], path: `${prefix}${field.name}` }
    const children = CONTAINERS.has(field.type)
      ? pathsOf((field as { flattenedFields: FlattenedField[] }).flattenedFields, `${here.path}.`, here.chain)
      : []
    return [here, ...children]
  })

/**
 * The paths to check, from the sanitized config: each field hidden or with read access (or inside
 * one), and the same fields of a related collection through each single relationship (`author.email`).
 */
const candidatesOf = (payload: Payload): Candidate[] => {
  const own = (config: SanitizedCollectionConfig) => pathsOf(config.flattenedFields).filter(({ chain }) => chain.some(limited))
  return payload.config.collections.flatMap((config) => {
    const direct = own(config).map(({ chain, path }) => ({ chain, collection: config.slug, path, text: TEXT.has(chain.at(-1)!.type) }))
    const related = pathsOf(config.flattenedFields)
      .filter(
        ({ chain }) =>
          ['relationship', 'upload'].includes(chain.at(-1)!.type) &&
          typeof (chain.at(-1) as { relationTo?: unknown }).relationTo === 'string',
      )
      .flatMap(({ chain, path }) => {
        const target = payload.collections[(chain.at(-1) as { relationTo: string }).relationTo].config
        return own(target).map((leaf) => ({
          chain: [...chain, ...leaf.chain],
          collection: config.slug,
          path: `${path}.${leaf.path}`,
          text: TEXT.has(leaf.chain.at(-1)!.type),
        }))
      })
    return [...direct, ...related]
  })
}

/** How many values a path reaches in a document (populated relationships followed), counting nulls. */
const presentAt = (value: unknown, segments: string[]): number => {
  if (segments.length === 0) return value === undefined ? 0 : 1
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + presentAt(item, segments), 0)
  if (!value || typeof value !== 'object') return 0
  const [head, ...rest] = segments
  return presentAt((value as Doc)[head], rest)
}

/**
 * No role may filter or sort by a field it cannot read: the text of a soft-deleted comment, the
 * author of an anonymous idea, colleagues' e-mail addresses, editors-only provenance, hidden auth
 * fields. Checked for every such field of the app's config, for every role, over REST and the Local
 * API, against what the role actually reads of the documents.
 */
describe('query guards: hidden fields are not filterable', () => {
  let server: TestServer
  let payload: Payload
  let headers: FiveRoles['headers']
  let users: FiveRoles['users']
  let deletedComment: Doc

  beforeAll(async () => {
    ;({ headers, payload, server, users } = await startWithFiveRoles())
    const idea = (await payload.find({ collection: 'ideas', limit: 1, overrideAccess: true, where: { moderation: { equals: 'visible' } } }))
      .docs[0]
    deletedComment = await payload.create({
      collection: 'idea-comments',
      data: { author: users.editor!.id, body: '秘密のパスワードは hunter2', idea: idea.id, stance: 'neutral' } as never,
      overrideAccess: true,
    })
    await payload.update({
      collection: 'idea-comments',
      data: { deleted: true } as never,
      id: deletedComment.id as number,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'payload-locked-documents',
      data: { document: { relationTo: 'ideas', value: idea.id }, user: { relationTo: 'users', value: users.editor!.id } } as never,
      overrideAccess: true,
    })
  }, 300_000)
  afterAll(() => server?.close())

  /** Whether the role reads every value of the path in every document it can reach (populated one level). */
  const readsEverywhere = async (role: Role, candidate: Candidate): Promise<boolean> => {
    const segments = candidate.path.split('.')
    const depth = candidate.chain.some((field) => field.type === 'relationship' || field.type === 'upload') ? 1 : 0
    const mine = await payload
      .find({ collection: candidate.collection as never, depth, limit: 0, overrideAccess: false, pagination: false, user: users[role] })
      .catch(() => null)
    if (!mine) return true
    const ids = mine.docs.map((doc) => doc.id)
    if (!ids.length) return true
    const all = await payload.find({
      collection: candidate.collection as never,
      depth,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      showHiddenFields: true,
      where: { id: { in: ids } },
    })
    const byId = new Map(mine.docs.map((doc) => [String(doc.id), doc]))
    return all.docs.every((doc) => presentAt(byId.get(String(doc.id)), segments) >= presentAt(doc, segments))
  }

  /** Whether the role may read the field at all, without a document: hidden, or read access denied outright. */
  const readsWithoutDocument = async (role: Role, candidate: Candidate) => {
    const req = { payload, user: users[role] } as never
    for (const field of candidate.chain) {
      if ((field as { hidden?: boolean }).hidden) return false
      const read = (field as { access?: { read?: (args: unknown) => unknown } }).access?.read
      if (read && !(await read({ req }))) return false
    }
    return true
  }

  const refusedOverRest = async (role: Role, candidate: Candidate, query: string) => {
    const res = await api(server.baseUrl, `/${candidate.collection}?limit=1&${query}`, { headers: headers[role] })
    return { refused: res.status >= 400 && res.status < 500 && Array.isArray(res.json?.errors), status: res.status }
  }

  const refusedLocally = async (role: Role, candidate: Candidate, args: Record<string, unknown>) => {
    try {
      await payload.find({ collection: candidate.collection as never, limit: 1, overrideAccess: false, user: users[role], ...args })
      return { refused: false, status: 200 }
    } catch (error) {
      const status = (error as { status?: number }).status ?? 500
      return { refused: status >= 400 && status < 500, status }
    }
  }

  it('refuses every hidden or access-limited field in where and sort for each role lacking read access, over REST and the Local API', async () => {
    const candidates = candidatesOf(payload)
    const mismatches: string[] = []
    let checked = 0
    let refusedCount = 0
    for (const candidate of candidates) {
      for (const role of ROLES) {
        const lacks = !(await readsWithoutDocument(role, candidate)) || !(await readsEverywhere(role, candidate))
        const attempts = [
          await refusedOverRest(role, candidate, `where[${candidate.path}][exists]=true`),
          await refusedOverRest(role, candidate, `sort=-${candidate.path}`),
          await refusedLocally(role, candidate, { where: { [candidate.path]: { exists: true } } }),
          await refusedLocally(role, candidate, { sort: candidate.path }),
          ...(candidate.text ? [await refusedOverRest(role, candidate, `where[${candidate.path}][like]=a`)] : []),
        ]
        for (const attempt of attempts) {
          checked += 1
          if (attempt.status >= 500) mismatches.push(`${role} ${candidate.collection} ${candidate.path}: ${attempt.status}`)
          else if (lacks && !attempt.refused)
            mismatches.push(`${role} ${candidate.collection} ${candidate.path}: not refused (${attempt.status})`)
          if (attempt.refused) refusedCount += 1
        }
      }
    }
    process.stdout.write(
      `query guards: ${candidates.length} paths × ${ROLES.length} roles, ${checked} queries, ${refusedCount} refused, ${mismatches.length} leaks\n`,
    )
    expect(mismatches).toEqual([])
    expect(candidates.map((c) => `${c.collection}.${c.path}`)).toEqual(
      expect.arrayContaining([
        'idea-comments.body',
        'ideas.author',
        'users.email',
        'users.hash',
        'idea-comments.idea.author',
        'payload-locked-documents.user',
      ]),
    )
  }, 600_000)

  it('cannot guess the text of a soft-deleted comment char by char', async () => {
    for (const query of [
      'where[body][like]=hunter',
      'where[body][equals]=秘密のパスワードは hunter2',
      'sort=body',
      'where[or][0][body][like]=秘',
      'where[AND][0][body__like]=x',
    ]) {
      const res = await api(server.baseUrl, `/idea-comments?${query}`, { headers: headers.staff })
      expect([query, res.status]).toEqual([query, 400])
      expect(res.json.errors[0].message).toBeTruthy()
    }
    const count = await api(server.baseUrl, '/idea-comments/count?where[body][like]=hunter', { headers: headers.editor })
    expect(count.status).toBe(400)
    const asAdmin = await api(server.baseUrl, '/idea-comments?where[body][like]=hunter2', { headers: headers.admin })
    expect(asAdmin.status).toBe(200)
    expect(asAdmin.json.docs.map((d: Doc) => d.id)).toEqual([deletedComment.id])
  })

  it('lets staff list their own ideas by author, and filter fields they may read', async () => {
    const mine = await api(server.baseUrl, `/ideas?where[author][equals]=${users.staff!.id}`, { headers: headers.staff })
    expect(mine.status).toBe(200)
    const titles = await api(server.baseUrl, '/ideas?where[title][like]=の&sort=-createdAt', { headers: headers.staff })
    expect(titles.status).toBe(200)
    const names = await api(server.baseUrl, '/users?where[name][like]=佐藤&sort=name', { headers: headers.staff })
    expect(names.status).toBe(200)
    const emails = await api(server.baseUrl, '/users?where[email][like]=akita&sort=-email', { headers: headers.admin })
    expect(emails.status).toBe(200)
  })

  it('refuses a bad value beside an access-limited field before looking at any document', async () => {
    const bulk = [
      ['/idea-comments?where[body][contains]=%00&where[editedAt][contains]=[]', headers.staff],
      [`/users?where[department][not_equals]=${'x'.repeat(40)}&where[lineApprover][in]=a%00b`, headers.editor],
    ] as const
    for (const [query, auth] of bulk) {
      const res = await api(server.baseUrl, query, { body: {}, headers: auth, method: 'PATCH' })
      expect([query, res.status]).toEqual([query, 400])
      expect(res.json.errors[0].message).toBeTruthy()
    }
  })

  it('refuses colleagues’ e-mail addresses through a relationship', async () => {
    const res = await api(server.baseUrl, '/staff-profiles?where[user.email][like]=a', { headers: headers.staff })
    expect(res.status).toBe(400)
    expect(res.json.errors[0]).toMatchObject({ field: 'user.email' })
  })
})
