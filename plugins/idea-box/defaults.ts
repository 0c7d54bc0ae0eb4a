import { integerOption, resolveOrganisation } from '@akita-dx/plugin-core'
import path from 'node:path'

import type { IdeaBoxPluginOptions, ResolvedIdeaBoxOptions } from './types'

import { DEFAULT_CATEGORIES } from './constants'
import { optionsOf } from './translations'

const PLUGIN = 'ideaBoxPlugin'

/** Fills in defaults and rejects nonsense options when the config is built, not at the first request. */
export const resolveOptions = (options: IdeaBoxPluginOptions = {}): ResolvedIdeaBoxOptions => ({
  answerWithinDays: integerOption(PLUGIN, 'answerWithinDays', options.answerWithinDays, 14),
  attachmentsDir: options.attachmentsDir ?? path.resolve(process.cwd(), 'media/idea-attachments'),
  categories: options.categories?.length ? options.categories : optionsOf('category', DEFAULT_CATEGORIES),
  commentEditWindowMinutes: integerOption(PLUGIN, 'commentEditWindowMinutes', options.commentEditWindowMinutes, 30),
  disabled: options.disabled ?? false,
  flagThreshold: integerOption(PLUGIN, 'flagThreshold', options.flagThreshold, 3),
  maxCommentDepth: integerOption(PLUGIN, 'maxCommentDepth', options.maxCommentDepth, 3),
  openVoteLimit: options.openVoteLimit === undefined ? undefined : integerOption(PLUGIN, 'openVoteLimit', options.openVoteLimit, 1),
  organisation: resolveOrganisation(options.organisation),
  overrides: options.overrides ?? {},
})
