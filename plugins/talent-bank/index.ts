import type { CollectionConfig, Config } from 'payload'

import {
  addBackgroundTasks,
  addTrackRecordSource,
  appendHooks,
  applyOverrides,
  mapCollection,
  withCore,
  withTranslations,
} from '@akita-dx/plugin-core'

import type { TalentBankPluginOptions } from './types'

import { buildHelpMatches } from './collections/helpMatches'
import { buildHelpRequests } from './collections/helpRequests'
import { readOnly } from './collections/readOnly'
import { buildSkills } from './collections/skills'
import { buildStaffProfiles } from './collections/staffProfiles'
import { resolveOptions } from './defaults'
import { HELP_MATCHES, STAFF_PROFILES } from './constants'
import { deleteProfileOfUser } from './hooks/deleteCascades'
import { noticeSupervisorApproval } from './notices/approvalNotices'
import { expiryTask } from './notices/expiringQualifications'
import { noticeMatchChange } from './notices/matchNotices'
import { translations } from './translations'
import { helpGivenSource } from './trackRecord/helpGiven'

export { HELP_MATCHES, HELP_REQUESTS, SKILLS, STAFF_PROFILES } from './constants'
export { flagExpiringQualifications } from './notices/expiringQualifications'
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
    if (options.disabled) return withTranslations(withCore(added), translations)
    let installed = mapCollection(added, options.organisation.users, cascading)
    // Offers, decisions, 上長承認 and expiring 資格 reach the people concerned through core's notices.
    installed = mapCollection(installed, HELP_MATCHES, (c) => appendHooks(c, { afterChange: [noticeMatchChange] }))
    installed = mapCollection(installed, STAFF_PROFILES, (c) => appendHooks(c, { afterChange: [noticeSupervisorApproval(options)] }))
    installed = addTrackRecordSource(installed, helpGivenSource(options))
    return addBackgroundTasks(withTranslations(withCore(installed), translations), [expiryTask(options)])
  }
