import type { CollectionBeforeDeleteHook } from 'payload'

import { isAdminUser } from '../../../src/access'
import { HELP_MATCHES, HELP_REQUESTS, SKILLS, STAFF_PROFILES } from '../constants'
import { invalid } from '../utilities/errors'

/**
 * Erasing a profile (the person's right, or an admin after they left) erases the proposals about
 * them too: they name the person, and the database would refuse a dangling reference.
 */
export const deleteMatchesOfProfile: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: HELP_MATCHES, overrideAccess: true, req, where: { profile: { equals: id } } })
}

/** Added to `users`: deleting an account deletes its profile (and with it the proposals). */
export const deleteProfileOfUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const profiles = await req.payload.find({
    collection: STAFF_PROFILES,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { user: { equals: id } },
  })
  for (const profile of profiles.docs) {
    await req.payload.delete({ collection: HELP_MATCHES, overrideAccess: true, req, where: { profile: { equals: profile.id } } })
    await req.payload.delete({ collection: STAFF_PROFILES, id: profile.id, overrideAccess: true, req })
  }
}

/**
 * A request with proposals carries their decision log: editors close it (終了) instead; admins may
 * still delete it, and its proposals with it.
 */
export const guardRequestDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const where = { helpRequest: { equals: id } }
  const { totalDocs } = await req.payload.count({ collection: HELP_MATCHES, overrideAccess: true, req, where })
  if (totalDocs === 0) return
  if (!req.user || isAdminUser(req.user)) {
    await req.payload.delete({ collection: HELP_MATCHES, overrideAccess: true, req, where })
    return
  }
  throw invalid(req, HELP_REQUESTS, 'status', '打診の記録がある依頼は削除できません。状態を「終了」にしてください')
}

/** A skill in use would leave profiles and requests pointing at nothing: merge it as an alias instead. */
export const guardSkillDelete: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const [profiles, requests] = await Promise.all([
    req.payload.count({
      collection: STAFF_PROFILES,
      overrideAccess: true,
      req,
      where: { or: [{ 'skills.skill': { equals: id } }, { interests: { in: [id] } }] },
    }),
    req.payload.count({ collection: HELP_REQUESTS, overrideAccess: true, req, where: { 'requiredSkills.skill': { equals: id } } }),
  ])
  if (profiles.totalDocs + requests.totalDocs > 0) {
    throw invalid(
      req,
      SKILLS,
      'name',
      `このスキルはプロフィール ${profiles.totalDocs} 件・依頼 ${requests.totalDocs} 件で使われているため削除できません。別のスキルの別名として統合してください`,
    )
  }
}
