import type { Payload, Plugin } from 'payload'

import { api, createTestUser, ensureDepartment, loginHeaders, type TestServer, type TestUser } from '@akita-dx/test-support'
import { afterAll, beforeAll } from '@jest/globals'

import type { IdeaBoxPluginOptions } from '../types'

import { textToLexical } from '../index'
import { startIdeaBox } from './config'

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

/**
 * The idea box served for one test file, with the cast logged in; the fields are filled in by
 * beforeAll. `cleanUp` runs before the server closes (files of uploads, say).
 */
export const useIdeaBox = (options: IdeaBoxPluginOptions = {}, cleanUp?: (payload: Payload) => Promise<unknown>, extra: Plugin[] = []) => {
  const box = {} as { cast: Cast; server: TestServer }
  beforeAll(async () => {
    box.server = await startIdeaBox(options, extra)
    box.cast = await createCast(box.server.payload, box.server.baseUrl)
  })
  afterAll(async () => {
    if (box.server && cleanUp) await cleanUp(box.server.payload)
    await box.server?.close()
  })
  return box
}

export const ideaInput = (targetDepartment: number | string, overrides: Record<string, unknown> = {}) => ({
  body: textToLexical('紙の回覧をやめて、庁内ポータルの掲示板で共有したい。\n回覧に毎週半日かかっている。'),
  category: 'digital',
  kind: 'idea',
  targetDepartment,
  title: '回覧文書を電子化したい',
  ...overrides,
})

/** Creates an idea through REST as `headers` and returns its id. */
export const postIdea = async (
  baseUrl: string,
  headers: Record<string, string>,
  targetDepartment: number | string,
  overrides: Record<string, unknown> = {},
): Promise<number | string> => {
  const res = await api(baseUrl, '/ideas', { body: ideaInput(targetDepartment, overrides), headers, method: 'POST' })
  if (res.status !== 201) throw new Error(`creating an idea failed: ${res.status} ${JSON.stringify(res.json)}`)
  return res.json.doc.id
}

export const readIdea = (payload: Payload, id: number | string) =>
  payload.findByID({ id, collection: 'ideas', depth: 0, overrideAccess: true }) as Promise<Record<string, any>>
