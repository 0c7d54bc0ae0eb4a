import type { PayloadRequest } from 'payload'

import { type ID, sameId } from '@akita-dx/plugin-core/shared'

import type { ResolvedTalentBankOptions } from '../types'
import type { Viewer } from './visibility'

const CACHE_KEY = 'talentBankHrDepartment'

/** Id of the 人事 department, looked up once per request (departments can be renamed, codes stay). */
const hrDepartmentId = async (req: PayloadRequest, options: ResolvedTalentBankOptions): Promise<ID | null> => {
  const code = options.hrDepartmentCode
  const cached = req.context?.[CACHE_KEY] as { code: string; id: ID | null } | undefined
  if (cached && cached.code === code) return cached.id
  const { departmentCodeField, departments } = options.organisation
  const found = await req.payload.find({
    collection: departments,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { [departmentCodeField]: { equals: code } },
  })
  const id = found.docs[0]?.id ?? null
  if (req.context) req.context[CACHE_KEY] = { code, id }
  return id
}

export const isHrUser = async (req: PayloadRequest, options: ResolvedTalentBankOptions): Promise<boolean> => {
  const { departmentOf, isStaffUser } = options.organisation
  if (!isStaffUser(req.user)) return false
  const department = departmentOf(req.user)
  if (department === null) return false
  return sameId(department, await hrDepartmentId(req, options))
}

/** The signed-in user as the visibility rules see them, or null for anonymous requests. */
export const viewerOf = async (req: PayloadRequest, options: ResolvedTalentBankOptions): Promise<Viewer | null> => {
  const { isAdminUser, isStaffUser } = options.organisation
  if (!req.user || !isStaffUser(req.user)) return null
  return { id: req.user.id, isAdmin: isAdminUser(req.user), isHr: await isHrUser(req, options) }
}
