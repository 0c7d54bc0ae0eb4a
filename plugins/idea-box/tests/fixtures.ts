import type { Payload } from 'payload'

import { createTestUser, ensureDepartment, loginHeaders, type TestUser } from '../../../tests/helpers/users'
import { textToLexical } from '../utilities/lexical'

export type Persona = 'admin' | 'editor' | 'otherEditor' | 'otherStaff' | 'staff'

export type Cast = {
  departments: { digital: number | string; kodomo: number | string }
  headers: Record<Persona, Record<string, string>> & { anonymous: Record<string, string> }
  users: Record<Persona, TestUser>
}

/**
 * The people of the access matrix: `staff` and `editor` work in the department the fixture
 * ideas are addressed to (デジタル政策推進課), `otherStaff` and `otherEditor` in another one.
 */
export const createCast = async (payload: Payload, baseUrl: string): Promise<Cast> => {
  const digital = await ensureDepartment(payload, 'digital', 'デジタル政策推進課')
  const kodomo = await ensureDepartment(payload, 'kodomo', '子ども・子育て支援課')
  const users: Record<Persona, TestUser> = {
    admin: await createTestUser(payload, { department: digital.id, name: '管理 太郎', roles: ['admin'] }),
    editor: await createTestUser(payload, { department: digital.id, name: '編集 花子', roles: ['editor'] }),
    otherEditor: await createTestUser(payload, { department: kodomo.id, name: '他課 編集', roles: ['editor'] }),
    otherStaff: await createTestUser(payload, { department: kodomo.id, name: '他課 職員', roles: ['staff'] }),
    staff: await createTestUser(payload, { department: digital.id, name: '職員 一郎', roles: ['staff'] }),
  }
  const headers = { anonymous: { 'content-type': 'application/json' } } as unknown as Cast['headers']
  for (const persona of Object.keys(users) as Persona[]) headers[persona] = await loginHeaders(baseUrl, users[persona])
  return { departments: { digital: digital.id, kodomo: kodomo.id }, headers, users }
}

export const ideaInput = (targetDepartment: number | string, overrides: Record<string, unknown> = {}) => ({
  body: textToLexical('紙の回覧をやめて、庁内ポータルの掲示板で共有したい。\n回覧に毎週半日かかっている。'),
  category: 'digital',
  kind: 'idea',
  targetDepartment,
  title: '回覧文書を電子化したい',
  ...overrides,
})

export type ApiResult<T = Record<string, unknown>> = { body: T & { errors?: { data?: unknown; message: string }[] }; status: number }

/** One REST call against the test server, JSON in and out. */
export const api = async <T = Record<string, unknown>>(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<ApiResult<T>> => {
  const res = await fetch(`${baseUrl}/api${path}`, {
    body: body === undefined ? undefined : JSON.stringify(body),
    headers,
    method,
  })
  const text = await res.text()
  let parsed: unknown = {}
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    parsed = { raw: text }
  }
  return { body: parsed as ApiResult<T>['body'], status: res.status }
}

/** Creates an idea through REST as `headers` and returns its id. */
export const postIdea = async (
  baseUrl: string,
  headers: Record<string, string>,
  targetDepartment: number | string,
  overrides: Record<string, unknown> = {},
) => {
  const res = await api<{ doc: { id: number | string } }>(baseUrl, 'POST', '/ideas', headers, ideaInput(targetDepartment, overrides))
  if (res.status !== 201) throw new Error(`creating an idea failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.doc.id
}

export const readIdea = (payload: Payload, id: number | string) =>
  payload.findByID({ id, collection: 'ideas', depth: 0, overrideAccess: true }) as Promise<Record<string, any>>
