import type { CollectionConfig, Config } from 'payload'

import type { IdeaBoxPluginConfig } from './types'

import { buildIdeaAttachments } from './collections/IdeaAttachments'
import { buildIdeaComments } from './collections/IdeaComments'
import { buildIdeaFlags } from './collections/IdeaFlags'
import { buildIdeas } from './collections/Ideas'
import { buildIdeaVotes } from './collections/IdeaVotes'
import { sanitizeOptions } from './defaults'

export type { IdeaBoxPluginConfig } from './types'
export { textToLexical } from './utilities/lexical'

/**
 * アイデアボックス: staff post ideas and 困りごと, vote, discuss and report; the target
 * department answers. Adds the collections ideas, idea-votes, idea-comments, idea-flags and
 * idea-attachments.
 */
export const ideaBoxPlugin =
  (options: IdeaBoxPluginConfig = {}) =>
  (config: Config): Config => {
    const pluginConfig = sanitizeOptions(options)
    const { overrides = {} } = pluginConfig
    const apply = (key: keyof NonNullable<IdeaBoxPluginConfig['overrides']>, collection: CollectionConfig) =>
      overrides[key] ? overrides[key](collection) : collection

    return {
      ...config,
      // Payload types the keys as its own error names; refusals are ours and logged like Forbidden.
      loggingLevels: { IdeaBoxRefusal: 'info', ...config.loggingLevels } as Config['loggingLevels'],
      collections: [
        ...(config.collections ?? []),
        apply('ideas', buildIdeas(pluginConfig)),
        apply('votes', buildIdeaVotes(pluginConfig)),
        apply('comments', buildIdeaComments(pluginConfig)),
        apply('flags', buildIdeaFlags(pluginConfig)),
        apply('attachments', buildIdeaAttachments(pluginConfig)),
      ],
    }
  }
