import path from 'node:path'

import type { IdeaBoxPluginConfig, SanitizedIdeaBoxConfig } from './types'

import { DEFAULT_CATEGORIES } from './constants'

const positiveInteger = (name: string, value: number | undefined, fallback: number): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < 1) throw new Error(`ideaBoxPlugin: ${name} must be a positive integer, got ${value}`)
  return value
}

/** Fills in defaults and rejects nonsense options when the config is built, not at the first request. */
export const sanitizeOptions = (options: IdeaBoxPluginConfig = {}): SanitizedIdeaBoxConfig => ({
  attachmentsDir: options.attachmentsDir ?? path.resolve(process.cwd(), 'media/idea-attachments'),
  categories: options.categories?.length ? options.categories : DEFAULT_CATEGORIES.map((c) => ({ ...c })),
  commentEditWindowMinutes: positiveInteger('commentEditWindowMinutes', options.commentEditWindowMinutes, 30),
  disabled: options.disabled ?? false,
  flagThreshold: positiveInteger('flagThreshold', options.flagThreshold, 3),
  maxCommentDepth: positiveInteger('maxCommentDepth', options.maxCommentDepth, 3),
  openVoteLimit:
    options.openVoteLimit === undefined ? undefined : positiveInteger('openVoteLimit', options.openVoteLimit, 0),
  overrides: options.overrides,
})
