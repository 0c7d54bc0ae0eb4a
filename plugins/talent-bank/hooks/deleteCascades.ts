import type { CollectionBeforeDeleteHook } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'

import type { ResolvedTalentBankOptions } from '../types'

import { HELP_MATCHES, HELP_REQUESTS, STAFF_PROFILES } from '../constants'
import { message } from '../translations'

/**
 * Erasing a profile (the person's right, or an admin after they left) erases the proposals about
 * them too: they name the person, and the database would refuse a dangling reference.
 */
export const deleteMatchesOfProfile: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({ collection: HELP_MATCHES, overrideAccess: true, req, where: { profile: { equals: id } } })
}

/** Added to the users collection: deleting an account deletes its profile (and with it the proposals). */
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
export const guardRequestDelete =
  (options: ResolvedTalentBankOptions): CollectionBeforeDeleteHook =>
  async ({ id, req }) => {
    const where = { helpRequest: { equals: id } }
    const { totalDocs } = await req.payload.count({ collection: HELP_MATCHES, overrideAccess: true, req, where })
    if (totalDocs === 0) return
    if (!req.user || options.organisation.isAdminUser(req.user)) {
      await req.payload.delete({ collection: HELP_MATCHES, overrideAccess: true, req, where })
      return
    }
    throw badRequest(message(req, 'error.requestHasMatches'), 'status')
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
    throw badRequest(message(req, 'error.skillInUse', { profiles: profiles.totalDocs, requests: requests.totalDocs }), 'name')
  }
}
