import type { Payload, Plugin } from 'payload'

import { loginHeaders, type TestServer } from '@akita-dx/test-support'
import { afterAll, beforeAll } from '@jest/globals'

import { startTalentBank } from './config'
import { type Actor, makeActor, makeProfile, makeRequest, makeSkills, setupDepartments } from './fixtures'

type Headers = Record<string, string>

export type WorkflowContext = {
  /** A member of staff of 子ども・子育て支援課 with a login and a profile. */
  candidate: (
    data?: Record<string, unknown>,
    name?: string,
  ) => Promise<{ headers: Headers; person: Actor; profile: { id: number | string } }>
  depts: Awaited<ReturnType<typeof setupDepartments>>
  editor: Actor
  h: Record<'admin' | 'editor' | 'otherEditor' | 'staff', Headers>
  payload: Payload
  server: TestServer
  skills: Awaited<ReturnType<typeof makeSkills>>
  /** A request of 地域産業振興課 for 統計解析 (Lv3, weight 3) and Python (Lv2, weight 1). */
  statsRequest: (data?: Record<string, unknown>) => Promise<{ id: number | string }>
}

/**
 * Starts the server for one test file with an editor of 地域産業振興課, an editor and a member of
 * staff of 子ども・子育て支援課 and an admin, all logged in. Fields are filled in by beforeAll.
 */
export const useWorkflowServer = (extra: Plugin[] = []): WorkflowContext => {
  const ctx = {} as WorkflowContext
  beforeAll(async () => {
    ctx.server = await startTalentBank({}, extra)
    const payload = (ctx.payload = ctx.server.payload)
    ctx.depts = await setupDepartments(payload)
    ctx.skills = await makeSkills(payload)
    ctx.editor = await makeActor(payload, ['editor'], ctx.depts.sangyo, '高橋 健太')
    const admin = await makeActor(payload, ['admin'], ctx.depts.somu)
    const otherEditor = await makeActor(payload, ['editor'], ctx.depts.kodomo)
    const staff = await makeActor(payload, ['staff'], ctx.depts.kodomo)
    const baseUrl = ctx.server.baseUrl
    ctx.h = {
      admin: await loginHeaders(baseUrl, admin),
      editor: await loginHeaders(baseUrl, ctx.editor),
      otherEditor: await loginHeaders(baseUrl, otherEditor),
      staff: await loginHeaders(baseUrl, staff),
    }
    ctx.candidate = async (data = {}, name) => {
      const person = await makeActor(payload, ['staff'], ctx.depts.kodomo, name)
      const profile = await makeProfile(payload, person, data)
      return { headers: await loginHeaders(baseUrl, person), person, profile }
    }
    ctx.statsRequest = (data = {}) =>
      makeRequest(payload, ctx.depts.sangyo, {
        requiredSkills: [
          { minLevel: '3', skill: ctx.skills.stats.id, weight: 3 },
          { minLevel: '2', skill: ctx.skills.python.id, weight: 1 },
        ],
        ...data,
      })
  }, 180_000)
  afterAll(() => ctx.server?.close())
  return ctx
}
