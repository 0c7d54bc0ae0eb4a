import type { CollectionOverrides, Organisation, OrganisationOptions } from '@akita-dx/plugin-core'

import type { IDEA_ATTACHMENTS, IDEA_COMMENTS, IDEA_FLAGS, IDEA_FOLLOWS, IDEA_VOTES, IDEAS } from './constants'

export type IdeaBoxSlug =
  typeof IDEA_ATTACHMENTS | typeof IDEA_COMMENTS | typeof IDEA_FLAGS | typeof IDEA_FOLLOWS | typeof IDEA_VOTES | typeof IDEAS

/** A category an idea can be filed under: the stored code and its label in each admin language. */
export type CategoryOption = { label: Record<string, string>; value: string }

/** Options of the idea box (アイデアボックス) plugin. */
export type IdeaBoxPluginOptions = {
  /**
   * Days the target department has to answer an idea (an official answer or a decision) from
   * when it is posted or reassigned; later it is 期限超過 (`GET /api/ideas/views/overdue`).
   * @default 14
   */
  answerWithinDays?: number
  /**
   * Where uploaded attachments are stored on disk.
   * @default '<cwd>/media/idea-attachments'
   */
  attachmentsDir?: string
  /**
   * Categories an idea can be filed under (stored values are the codes).
   * @default 業務効率化 efficiency, デジタル化 digital, 働き方 workstyle, 庁舎・設備 facilities, 住民サービス service, 人材育成 training, 防災 disaster, その他 other
   */
  categories?: CategoryOption[]
  /**
   * Minutes after posting during which the author may still edit a comment.
   * @default 30
   */
  commentEditWindowMinutes?: number
  /**
   * Keeps every collection and field (the schema does not change) and reads as before, but turns
   * the behaviour off: the collections take no writes, no hook changes anything, no endpoints.
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
   * Votes one person may hold at once on ideas still open for voting; unset means unlimited.
   * @default undefined
   */
  openVoteLimit?: number
  /**
   * The app's staff: users and departments collections, role and department fields.
   * @default the suite's defaults (`users` with `roles` and `department`, `departments` with `code`)
   */
  organisation?: OrganisationOptions
  /**
   * Changes applied to a collection after the plugin built it, keyed by slug:
   * `{ ideas: (collection) => collection }`.
   * @default {}
   */
  overrides?: CollectionOverrides<IdeaBoxSlug>
}

export type ResolvedIdeaBoxOptions = {
  answerWithinDays: number
  attachmentsDir: string
  categories: CategoryOption[]
  commentEditWindowMinutes: number
  disabled: boolean
  flagThreshold: number
  maxCommentDepth: number
  openVoteLimit: number | undefined
  organisation: Organisation
  overrides: CollectionOverrides<IdeaBoxSlug>
}
