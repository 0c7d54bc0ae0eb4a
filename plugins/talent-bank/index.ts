import type { CollectionConfig, Config } from 'payload'

import type { TalentBankPluginOptions, TalentBankSlug } from './types'

import { buildHelpMatches } from './collections/helpMatches'
import { buildHelpRequests } from './collections/helpRequests'
import { buildSkills } from './collections/skills'
import { buildStaffProfiles } from './collections/staffProfiles'
import { resolveOptions } from './defaults'
import { deleteProfileOfUser } from './hooks/deleteCascades'

export type { TalentBankPluginOptions } from './types'
export { HELP_MATCHES, HELP_REQUESTS, SKILLS, STAFF_PROFILES } from './constants'

/**
 * 人材バンク: skills taxonomy, staff profiles (opt-in, visibility by access control), help requests
 * and matching of requests with staff who can help.
 */
export const talentBankPlugin =
  (pluginOptions: TalentBankPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const built: [TalentBankSlug, CollectionConfig][] = [
      ['skills', buildSkills(options)],
      ['staff-profiles', buildStaffProfiles(options)],
      ['help-requests', buildHelpRequests(options)],
      ['help-matches', buildHelpMatches(options)],
    ]
    const collections = built.map(([slug, collection]) => options.overrides[slug]?.(collection) ?? collection)
    // Referential clean-up stays on when disabled: it keeps deletes of users possible.
    const existing = (config.collections ?? []).map((collection) =>
      collection.slug === 'users'
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteProfileOfUser],
            },
          }
        : collection,
    )
    return {
      ...config,
      collections: [...existing, ...collections],
    }
  }
