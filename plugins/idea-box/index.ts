import type { Config } from 'payload'

import { addTrackRecordSource, applyOverrides, guardCollectionQueries, withCore, withTranslations } from '@akita-dx/plugin-core'

import type { IdeaBoxPluginOptions } from './types'

import { buildIdeaAttachments } from './collections/ideaAttachments'
import { buildIdeaComments } from './collections/ideaComments'
import { buildIdeaFlags } from './collections/ideaFlags'
import { buildIdeaFollows } from './collections/ideaFollows'
import { buildIdeas } from './collections/ideas'
import { buildIdeaVotes } from './collections/ideaVotes'
import { readOnly } from './collections/readOnly'
import { resolveOptions } from './defaults'
import { ownAuthorLookup } from './hooks/vetAuthorQueries'
import { adoptedIdeasSource } from './trackRecord/adoptedIdeas'
import { translations } from './translations'

export type { CategoryOption, IdeaBoxPluginOptions, IdeaBoxSlug } from './types'
export { textToLexical } from './utilities/richText'

/**
 * アイデアボックス: staff post ideas and 困りごと, vote, discuss and report; the target
 * department answers. Adds the collections ideas, idea-votes, idea-comments, idea-flags,
 * idea-attachments and idea-follows.
 */
export const ideaBoxPlugin =
  (options: IdeaBoxPluginOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const built = [buildIdeas, buildIdeaVotes, buildIdeaComments, buildIdeaFlags, buildIdeaAttachments, buildIdeaFollows].map((build) =>
      build(resolved),
    )
    const collections = applyOverrides(resolved.disabled ? built.map(readOnly) : built, resolved.overrides)
    // The query guard with the idea box's own lookups vouched for; an app's guardQueries() then leaves
    // these collections as they are. Disabled, the plugin adds no hook of its own but the privacy guard.
    const guarded = resolved.disabled
      ? collections
      : collections.map((collection) => guardCollectionQueries(collection, { vouch: ownAuthorLookup }))
    const installed = withTranslations(withCore({ ...config, collections: [...(config.collections ?? []), ...guarded] }), translations)
    // Adopted ideas on staff profiles, for a talent bank or any other reader of core's track record.
    return resolved.disabled ? installed : addTrackRecordSource(installed, adoptedIdeasSource(resolved))
  }
