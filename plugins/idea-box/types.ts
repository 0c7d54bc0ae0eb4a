import type { CollectionConfig } from 'payload'

export type CategoryOption = { label: { en: string; ja: string }; value: string }

export type IdeaBoxPluginConfig = {
  /**
   * Where uploaded attachments are stored on disk.
   * @default '<cwd>/media/idea-attachments'
   */
  attachmentsDir?: string
  /**
   * Categories an idea can be filed under (stored values are the codes).
   * @default DEFAULT_CATEGORIES (業務効率化, デジタル化, 働き方, 庁舎・設備, 住民サービス, 人材育成, 防災, その他)
   */
  categories?: CategoryOption[]
  /**
   * Minutes after posting during which the author may still edit a comment.
   * @default 30
   */
  commentEditWindowMinutes?: number
  /**
   * Keeps the collections and fields (stable schema) but skips the plugin's hooks and endpoints.
   * @default false
   */
  disabled?: boolean
  /**
   * Open reports from distinct staff that hide an idea or comment until an admin reviews it.
   * @default 3
   */
  flagThreshold?: number
  /**
   * Deepest reply level of a comment thread (1 = top-level comment).
   * @default 3
   */
  maxCommentDepth?: number
  /**
   * Votes one person may hold at once on ideas still open for voting; undefined means unlimited.
   * @default undefined
   */
  openVoteLimit?: number
  /**
   * Changes applied to each collection after the plugin built it (extra fields, admin options).
   * @default {}
   */
  overrides?: Partial<Record<'attachments' | 'comments' | 'flags' | 'ideas' | 'votes', (collection: CollectionConfig) => CollectionConfig>>
}

export type SanitizedIdeaBoxConfig = Required<Omit<IdeaBoxPluginConfig, 'openVoteLimit' | 'overrides'>> &
  Pick<IdeaBoxPluginConfig, 'openVoteLimit' | 'overrides'>
