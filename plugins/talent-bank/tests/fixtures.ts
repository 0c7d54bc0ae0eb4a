import type { Payload } from 'payload'

import { createTestUser, ensureDepartment, type TestUser } from '@akita-dx/test-support'

type Role = 'admin' | 'editor' | 'staff'

export type Actor = TestUser & { department: number | string | null; roles: Role[] }

/** Departments the talent-bank tests use: a requesting department, another one, 人事 and 総務. */
export const setupDepartments = async (payload: Payload) => {
  const [sangyo, kodomo, jinji, somu] = await Promise.all([
    ensureDepartment(payload, 'sangyo', '地域産業振興課'),
    ensureDepartment(payload, 'kodomo', '子ども・子育て支援課'),
    ensureDepartment(payload, 'jinji', '人事課'),
    ensureDepartment(payload, 'somu', '総務課'),
  ])
  return { jinji, kodomo, sangyo, somu }
}

export const makeActor = async (
  payload: Payload,
  roles: Role[],
  department: { id: number | string } | null,
  name?: string,
): Promise<Actor> => {
  const user = await createTestUser(payload, { department: department?.id, name, roles })
  return { ...user, department: department?.id ?? null, roles }
}

export const makeSkills = async (payload: Payload) => {
  const create = (name: string, category: string, aliases: string[] = []) =>
    payload.create({ collection: 'skills', data: { aliases, category, name }, overrideAccess: true })
  const [stats, python, analysis, english] = await Promise.all([
    create('統計解析', 'data', ['統計検定']),
    create('Python', 'it', ['Python3']),
    create('データ分析', 'data', ['データ解析', '統計解析']),
    create('英語', 'language', ['TOEIC', '英会話']),
  ])
  return { analysis, english, python, stats }
}

type ProfileData = Record<string, unknown>

/** A consented profile for `owner`, created as seeds do (no signed-in user). */
export const makeProfile = (payload: Payload, owner: { id: number | string }, data: ProfileData = {}) =>
  payload.create({
    collection: 'staff-profiles',
    data: { availability: 'weekly', consentStatus: 'given', user: owner.id, visibility: 'all', ...data } as never,
    overrideAccess: true,
  })

export const makeRequest = (payload: Payload, department: { id: number | string }, data: ProfileData = {}) =>
  payload.create({
    collection: 'help-requests',
    data: {
      department: department.id,
      description: '補助金申請データの集計と分析を手伝ってほしい',
      hoursPerMonth: 8,
      periodFrom: '2026-01-01',
      periodUntil: '2027-12-31',
      requiredSkills: [],
      title: '補助金実績の分析',
      ...data,
    } as never,
    overrideAccess: true,
  })
