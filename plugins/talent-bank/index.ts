import type { CollectionConfig, Config } from 'payload'

import { appendHooks, applyOverrides, mapCollection, withCore, withTranslations } from '@akita-dx/plugin-core'

import type { TalentBankPluginOptions } from './types'

import { buildHelpMatches } from './collections/helpMatches'
import { buildHelpRequests } from './collections/helpRequests'
import { readOnly } from './collections/readOnly'
import { buildSkills } from './collections/skills'
import { buildStaffProfiles } from './collections/staffProfiles'
import { resolveOptions } from './defaults'
import { deleteProfileOfUser } from './hooks/deleteCascades'
import { translations } from './translations'

export { HELP_MATCHES, HELP_REQUESTS, SKILLS, STAFF_PROFILES } from './constants'
export type { MatchWeights, TalentBankPluginOptions, TalentBankSlug } from './types'

/**
 * 人材バンク: skills taxonomy, staff profiles (opt-in, visibility by access control), help requests
 * and matching of requests with staff who can help.
 */
export const talentBankPlugin =
  (pluginOptions: TalentBankPluginOptions = {}) =>
  (config: Config): Config => {
    const options = resolveOptions(pluginOptions)
    const built = [buildSkills, buildStaffProfiles, buildHelpRequests, buildHelpMatches].map((build) => build(options))
    const collections = applyOverrides(options.disabled ? built.map(readOnly) : built, options.overrides)
    const added: Config = { ...config, collections: [...(config.collections ?? []), ...collections] }
    // Deleting a user deletes their profile: it is personal data, and the proposals refer to it.
    const cascading = (users: CollectionConfig) => appendHooks(users, { beforeDelete: [deleteProfileOfUser] })
    const installed = options.disabled ? added : mapCollection(added, options.organisation.users, cascading)
    return withTranslations(withCore(installed), translations)
  }
