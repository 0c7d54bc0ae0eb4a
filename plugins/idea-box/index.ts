import type { Config } from 'payload'

import { applyOverrides, withCore, withTranslations } from '@akita-dx/plugin-core'

import type { IdeaBoxPluginOptions } from './types'

import { buildIdeaAttachments } from './collections/ideaAttachments'
import { buildIdeaComments } from './collections/ideaComments'
import { buildIdeaFlags } from './collections/ideaFlags'
import { buildIdeas } from './collections/ideas'
import { buildIdeaVotes } from './collections/ideaVotes'
import { readOnly } from './collections/readOnly'
import { resolveOptions } from './defaults'
import { translations } from './translations'

export type { CategoryOption, IdeaBoxPluginOptions, IdeaBoxSlug } from './types'
export { textToLexical } from './utilities/richText'

/**
 * アイデアボックス: staff post ideas and 困りごと, vote, discuss and report; the target
 * department answers. Adds the collections ideas, idea-votes, idea-comments, idea-flags and
 * idea-attachments.
 */
export const ideaBoxPlugin =
  (options: IdeaBoxPluginOptions = {}) =>
  (config: Config): Config => {
    const resolved = resolveOptions(options)
    const built = [buildIdeas, buildIdeaVotes, buildIdeaComments, buildIdeaFlags, buildIdeaAttachments].map((build) => build(resolved))
    const collections = applyOverrides(resolved.disabled ? built.map(readOnly) : built, resolved.overrides)
    return withTranslations(withCore({ ...config, collections: [...(config.collections ?? []), ...collections] }), translations)
  }
