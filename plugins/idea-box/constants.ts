/** Collection slugs: the schema other code and the app's migrations rely on. */
export const IDEAS = 'ideas'
export const IDEA_VOTES = 'idea-votes'
export const IDEA_COMMENTS = 'idea-comments'
export const IDEA_FLAGS = 'idea-flags'
export const IDEA_ATTACHMENTS = 'idea-attachments'
export const IDEA_FOLLOWS = 'idea-follows'

// Stored option values, in the order the database enums were created with.
export const IDEA_KINDS = ['idea', 'problem'] as const
export type IdeaKind = (typeof IDEA_KINDS)[number]

export const IDEA_STATES = ['open', 'considering', 'accepted', 'rejected', 'done', 'withdrawn'] as const
export type IdeaState = (typeof IDEA_STATES)[number]

/** Staff can vote (and withdraw a vote) only while the department has not decided. */
export const VOTABLE_STATES: readonly IdeaState[] = ['open', 'considering']

/** States in which a 困りごと with an official answer counts as solved know-how. */
export const SOLVED_STATES: readonly IdeaState[] = ['accepted', 'done']

export const STANCES = ['support', 'neutral', 'concern'] as const

export const FLAG_REASONS = ['spam', 'inappropriate', 'off-topic'] as const

export const FLAG_STATUSES = ['open', 'reviewed'] as const

export const MODERATION_STATES = ['visible', 'pending', 'hidden'] as const
export type ModerationState = (typeof MODERATION_STATES)[number]

export const DEFAULT_CATEGORIES = ['efficiency', 'digital', 'workstyle', 'facilities', 'service', 'training', 'disaster', 'other'] as const

/** Request context key that lets the plugin's own writes skip its counting hooks. */
export const CONTEXT_SKIP_COUNTERS = 'ideaBoxSkipCounters'
