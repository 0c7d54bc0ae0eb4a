import type { Where } from 'payload'

import { type ID, sameId } from '@akita-dx/plugin-core/shared'

import type { Visibility } from '../constants'

/** Who is asking, reduced to what decides which profiles they may see. */
export type Viewer = { id: ID; isAdmin: boolean; isHr: boolean }

/** The fields of a profile that decide who sees it. */
type VisibilityFacts = {
  consentStatus?: null | string
  user: ID | { id: ID }
  visibility?: null | string
}

/**
 * Levels of 公開範囲 a viewer may see besides their own profile. Admins see what 人事 sees, never
 * 本人のみ: the person's choice binds the system's administrators too.
 */
const visibleLevelsFor = (viewer: Viewer): Visibility[] => (viewer.isHr || viewer.isAdmin ? ['hr', 'all'] : ['all'])

/** Pure twin of `profileVisibilityWhere`, for ranking and tests. */
export const isProfileVisibleTo = (profile: VisibilityFacts, viewer: Viewer | null): boolean => {
  if (!viewer) return false
  if (sameId(profile.user, viewer.id)) return true
  if (profile.consentStatus !== 'given') return false
  return (visibleLevelsFor(viewer) as string[]).includes(profile.visibility ?? 'self')
}

/**
 * The query constraint behind read access: the owner sees their profile whatever its state;
 * anyone else only consented profiles at a 公開範囲 open to them. Withdrawing consent therefore
 * hides a profile from every query at once.
 */
export const profileVisibilityWhere = (viewer: Viewer | null, prefix = ''): false | Where => {
  if (!viewer) return false
  return {
    or: [
      { [`${prefix}user`]: { equals: viewer.id } },
      {
        and: [{ [`${prefix}consentStatus`]: { equals: 'given' } }, { [`${prefix}visibility`]: { in: visibleLevelsFor(viewer) } }],
      },
    ],
  }
}
