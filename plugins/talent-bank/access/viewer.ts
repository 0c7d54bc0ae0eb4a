import type { PayloadRequest } from 'payload'

import type { ResolvedTalentBankOptions } from '../types'

import { departmentOf, isAdminUser, isStaffUser } from '../../../src/access'
import { type ID, sameId, type Viewer } from '../utilities/visibility'

const CACHE_KEY = 'talentBankHrDepartment'

/** Id of the 人事 department, looked up once per request (departments can be renamed, codes stay). */
export const hrDepartmentId = async (req: PayloadRequest, code: string): Promise<ID | null> => {
  const cached = req.context?.[CACHE_KEY] as { code: string; id: ID | null } | undefined
  if (cached && cached.code === code) return cached.id
  const found = await req.payload.find({
    collection: 'departments',
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    req,
    where: { code: { equals: code } },
  })
  const id = found.docs[0]?.id ?? null
  if (req.context) req.context[CACHE_KEY] = { code, id }
  return id
}

export const isHrUser = async (req: PayloadRequest, options: ResolvedTalentBankOptions): Promise<boolean> => {
  if (!isStaffUser(req.user)) return false
  const dept = departmentOf(req.user)
  if (dept === null) return false
  return sameId(dept, await hrDepartmentId(req, options.hrDepartmentCode))
}

/** The signed-in user as the visibility rules see them, or null for anonymous requests. */
export const viewerOf = async (req: PayloadRequest, options: ResolvedTalentBankOptions): Promise<Viewer | null> => {
  if (!req.user || !isStaffUser(req.user)) return null
  return { id: req.user.id, isAdmin: isAdminUser(req.user), isHr: await isHrUser(req, options) }
}
