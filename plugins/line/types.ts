import type { CollectionOverrides, Organisation, OrganisationOptions } from '@akita-dx/plugin-core'
import type { PayloadRequest, Where } from 'payload'

import type { MessageTransform } from './messages/transforms'

/**
 * Where the parts of a LINE message come from in a source document. `null`: the collection has no
 * such part (its messages go without it), for collections not written as notices to residents.
 */
export type SourceFieldMap = {
  /** Select field whose value is one of the residents' interest codes (shown above the title). */
  category: null | string
  /** Relationship to the owning department: a delivery keeps it, and who may read the delivery follows it. */
  department: string
  /** Upload (or URL text) field shown as the bubble's hero image. */
  heroImage: null | string
  /** Array of `{ label, url }` shown as buttons. */
  links: null | string
  /**
   * Select (hasMany) field of the municipality codes a document is for (shown as 対象地域 unless it is
   * all of them; a live send's segments must stay within it; a municipal office's documents get its
   * own). `null`: the collection's documents are for the whole prefecture.
   */
  municipalities: null | string
  summary: string
  title: string
}

/** A collection whose documents editors can send on LINE. */
export type LineSourceCollection = {
  /**
   * Field names, when they differ from the defaults (`title`, `summary`, `heroImage`, `category`,
   * `municipalities`, `links`, `department`); `null` for a part the collection does not have.
   */
  fields?: Partial<SourceFieldMap>
  slug: string
  /** Public page of a document (a「詳しく見る」button); none when it returns undefined. */
  url?: (doc: Record<string, unknown>, context: { serverURL: string }) => string | undefined
}

/** A value residents can pick, as they read it on LINE (Japanese) and as editors read it in English. */
export type AttributeOption = { label: string; labelEn?: string; value: string }

/** A municipality; `code` (the local government code) is also accepted when a resident types it. */
export type MunicipalityOption = AttributeOption & { code?: string }

/** A group of municipalities asked first, so that each question fits LINE's 13 quick-reply buttons. */
export type RegionOption = { label: string; municipalities: string[]; value: string }

/** What residents declare when they follow the account, and what segments are built from. */
export type ResidentAttributes = {
  /**
   * Age bands.
   * @default 19歳以下, 20代 … 60代, 70歳以上
   */
  ageBands?: AttributeOption[]
  /** Interests (topics); a source document's `category` is one of these codes. Required. */
  interests: AttributeOption[]
  /** The municipalities residents live in. Required. */
  municipalities: MunicipalityOption[]
  /**
   * Regions asked before the municipality (each ≤ 13 municipalities).
   * @default one region with every municipality (then at most 13 municipalities)
   */
  regions?: RegionOption[]
  /**
   * The notice shown before the questions, and the version stored with each consent.
   * @default { notice: what is stored and why, policyUrl: undefined, version: '1' }
   */
  privacy?: ResidentPrivacyOptions
  /**
   * First message after a follow, before the questions.
   * @default 'お住まいの地域・年代・関心のある分野を登録すると、あなたに合ったお知らせをお届けします。'
   */
  welcomeText?: string
}

/** What residents are told at registration (個人情報の取扱い), and which version they agreed to. */
export type ResidentPrivacyOptions = {
  /**
   * The notice, sent after the welcome text; the policy's address follows it when set.
   * @default 'ご登録の内容は、お知らせの配信先を選ぶことと統計にだけ使います。…'
   */
  notice?: string
  /**
   * Address of the privacy policy (個人情報の取扱い) the notice links to: absolute, or a path
   * (`/privacy`) from the public origin (see `serverURL`).
   * @default undefined (no link)
   */
  policyUrl?: string
  /**
   * Version of the notice and policy, stored with each consent (`consentVersion`); change it when the text changes.
   * @default '1'
   */
  version?: string
}

/** How long residents' data is kept; `false` keeps it for ever. Pruned daily by one server process. */
export type LineRetentionOptions = {
  /**
   * node-cron expression (seconds field allowed, Japan time) of the daily pruning.
   * @default '0 40 3 * * *'
   */
  cron?: string
  /**
   * Days an inquiry is kept after it was received.
   * @default 365
   */
  inquiryDays?: false | number
  /**
   * Days the recipient list (LINE user ids) of a sent or failed batch is kept; its counts stay.
   * @default 90
   */
  recipientListDays?: false | number
  /**
   * Days a processed webhook event (the raw event, message text included) is kept for de-duplication.
   * @default 30
   */
  webhookEventDays?: false | number
}

export type LineRetryOptions = {
  /** First backoff after a 5xx or timeout, doubled at each attempt (with jitter). */
  baseDelayMs: number
  /** Attempts of one batch before it fails (429s are retried separately, see maxRateLimitWaits). */
  maxAttempts: number
  /** Longest backoff between two attempts. */
  maxDelayMs: number
  /** How many 429s one batch may wait out before it fails. */
  maxRateLimitWaits: number
  /** A call that has not answered after this long counts as a timeout (retried with the same key). */
  timeoutMs: number
}

/** Deadline reminders: the programmes of an app's collection whose acceptance ends soon. */
export type LineReminderOptions = {
  /**
   * Whether a programme is for residents of a municipality (value of `residents.municipalities`).
   * @default a programme with no `municipalities` is for everyone, else for those it lists
   */
  appliesTo?: (programme: Record<string, unknown>, municipality: null | string) => boolean
  /**
   * When the server looks for reminders to send (node-cron, seconds first, Asia/Tokyo); a day's
   * digests are planned once `hour` has passed, so a server down at that time catches up.
   * @default '0 *\/10 * * * *'
   */
  cron?: string
  /**
   * Days before the acceptance end (JST calendar days) on which a programme is in the digest.
   * @default [14, 3]
   */
  daysBefore?: number[]
  /**
   * The programme's fields: its title and its acceptance end (a date field).
   * @default { acceptanceEnd: 'acceptanceEnd', title: 'title' }
   */
  fields?: { acceptanceEnd?: string; title?: string }
  /**
   * The hour (0–23, JST) from which a day's digests go out.
   * @default 9
   */
  hour?: number
  /** The interest (a value of `residents.interests`) of the residents who get them, such as 起業. */
  interest: string
  /**
   * Where a list of all programmes is, for 「ほかN件」 (absolute, or a path on the public origin).
   * @default undefined
   */
  listUrl?: string
  /** The programmes' collection. */
  slug: string
  /**
   * A programme's public page (absolute), shown under its line in the digest.
   * @default undefined
   */
  url?: (programme: Record<string, unknown>, context: { serverURL: string }) => string | undefined
  /**
   * Only these programmes (published ones, say).
   * @default undefined
   */
  where?: Where
}

/** When the steps of step series (ステップ配信) go out. */
export type LineStepOptions = {
  /**
   * When the server looks for due steps (node-cron, seconds first, Asia/Tokyo).
   * @default '0 * * * * *'
   */
  cron?: string
  /**
   * The hour (0–23, JST) at which a step of day 1 or later is sent: nobody is woken at night by a
   * series that began with a follow at 23:00.
   * @default 10
   */
  sendHour?: number
}

export type LineSlug =
  | 'line-deliveries'
  | 'line-delivery-batches'
  | 'line-inquiries'
  | 'line-link-codes'
  | 'line-reminders'
  | 'line-rich-menus'
  | 'line-segments'
  | 'line-step-enrolments'
  | 'line-step-series'
  | 'line-subscribers'
  | 'line-webhook-events'

/** Who decides a live delivery's request, and whether one is needed (決裁). */
export type LineApprovalOptions = {
  /**
   * Whether a live delivery requested by a user waits for approval before it sends. Test sends
   * never wait, nor do deliveries the server's own code creates (the Local API without a user).
   * @default true
   */
  required?: boolean
  /**
   * Who may approve or send back a request, on top of the rule that nobody decides their own.
   * @default admins, and editors marked 配信承認者 (`lineApprover`) of the delivery's department or of a department in `sendForAllDepartments`
   */
  mayApprove?: (args: { delivery: Record<string, unknown>; req: PayloadRequest }) => boolean | Promise<boolean>
}

/** Options of the LINE publishing plugin. */
export type LinePluginOptions = {
  /**
   * Accent colour of the Flex message (first button, category).
   * @default '#06C755'
   */
  accentColor?: string
  /**
   * The account's name, put before a message's title in notifications (`【秋田県】…`); none when unset.
   * @default undefined
   */
  accountName?: string
  /**
   * Approval of live deliveries before they send.
   * @default { required: true } with the default approvers
   */
  approval?: LineApprovalOptions
  /**
   * Labels of the admin sidebar group of the plugin's collections.
   * @default { ja: 'LINE配信', en: 'LINE' }
   */
  adminGroup?: Record<string, string>
  /**
   * Start of each delivery's `customAggregationUnits` name (LINE's statistics per delivery).
   * @default 'line'
   */
  aggregationUnitPrefix?: string
  /**
   * Recipients per multicast call (LINE allows at most 500).
   * @default 500
   */
  batchSize?: number
  /**
   * Collections whose documents editors can send.
   * @default ['announcements']
   */
  collections?: (LineSourceCollection | string)[]
  /**
   * Multicast calls in flight at once for one delivery.
   * @default 4
   */
  concurrency?: number
  /**
   * How long a process owns a delivery (or a webhook event) it works on before another may take it over; renewed while it runs.
   * @default 30000
   */
  deliveryLeaseMs?: number
  /**
   * Keeps the collections and fields (stable schema) but mounts no webhook, runs no scheduler and sends nothing.
   * @default false
   */
  disabled?: boolean
  /**
   * Department code (see `organisation.departmentCodeField`) of inquiries that match no keyword; none when unset.
   * @default undefined
   */
  inquiryFallbackDepartment?: string
  /**
   * Department codes for residents' free-text messages, by keyword; the first match wins.
   * @default []
   */
  inquiryRoutes?: { department: string; keywords: string[] }[]
  /**
   * Upper bound of calls per second to the Messaging API (LINE allows 2,000 for multicast).
   * @default 1000
   */
  maxRequestsPerSecond?: number
  /**
   * The app's users, departments and roles.
   * @default resolveOrganisation() defaults: users with `roles` and `department`, departments with `code`
   */
  organisation?: OrganisationOptions
  /**
   * Changes a collection after the plugin built it, keyed by slug.
   * @default {}
   */
  overrides?: CollectionOverrides<LineSlug>
  /** What residents register (municipalities, age bands, interests). Required. */
  residents: ResidentAttributes
  /**
   * Rich menus (リッチメニュー) editors publish to LINE, the default one or one per segment, with
   * their images from the app's upload collection `media`. Unset: no rich-menu collection.
   * @default undefined
   */
  richMenus?: { media: string }
  /**
   * Deadline reminders (締切リマインダー): residents who registered `interest` get one digest a
   * day, at most, of the programmes for their municipality whose acceptance ends in 14 or 3 days.
   * Unset: none.
   * @default undefined
   */
  reminders?: LineReminderOptions
  /**
   * Step series (ステップ配信): when due steps are sent, and the hour of the day (JST) at which a
   * step of day 1 or later goes out (day 0 goes at once).
   * @default { cron: '0 * * * * *', sendHour: 10 }
   */
  steps?: LineStepOptions
  /**
   * How long inquiries, recipient lists and webhook events are kept.
   * @default { cron: '0 40 3 * * *', inquiryDays: 365, recipientListDays: 90, webhookEventDays: 30 }
   */
  retention?: LineRetentionOptions
  /**
   * Department codes whose editors may send, preview, cancel and read the deliveries of every
   * department's documents (a 広報広聴課 that sends for all); everyone else only what they may edit.
   * @default []
   */
  sendForAllDepartments?: string[]
  /**
   * Backoff of failed multicast calls.
   * @default { baseDelayMs: 500, maxAttempts: 8, maxDelayMs: 30000, maxRateLimitWaits: 20, timeoutMs: 15000 }
   */
  retry?: Partial<LineRetryOptions>
  /**
   * node-cron expression of the scheduler that starts due deliveries (seconds field allowed).
   * @default '*\/5 * * * * *'
   */
  schedulerCron?: string
  /**
   * Public origin used for image and link URLs in messages.
   * @default the config's serverURL, else process.env.PUBLIC_URL, else 'http://localhost:3000'
   */
  serverURL?: string
  /**
   * Largest webhook body accepted, in bytes (LINE's own are a few KB); larger ones get 413 unread.
   * @default 1048576
   */
  webhookBodyLimit?: number
  /**
   * Path of the webhook on the server.
   * @default '/line/webhook'
   */
  webhookPath?: string
}

export type ResolvedSourceCollection = {
  fields: SourceFieldMap
  /** The collection's own singular label, as editors read it (the slug when it has none). */
  label?: Record<string, string> | string
  slug: string
  url?: LineSourceCollection['url']
}

export type ResolvedResidentAttributes = Required<Omit<ResidentAttributes, 'privacy'>> & {
  privacy: Required<Omit<ResidentPrivacyOptions, 'policyUrl'>> & { policyUrl?: string }
}

export type ResolvedReminders = Required<Omit<LineReminderOptions, 'listUrl' | 'url' | 'where'>> &
  Pick<LineReminderOptions, 'listUrl' | 'url' | 'where'> & { fields: { acceptanceEnd: string; title: string } }

export type ResolvedRetention = Required<LineRetentionOptions>

export type ResolvedLineOptions = Required<
  Omit<
    LinePluginOptions,
    | 'accountName'
    | 'approval'
    | 'collections'
    | 'inquiryFallbackDepartment'
    | 'organisation'
    | 'residents'
    | 'retention'
    | 'retry'
    | 'reminders'
    | 'richMenus'
    | 'serverURL'
    | 'steps'
  >
> & {
  accountName?: string
  /** Undefined `mayApprove`: the default approvers (see approval/rules.ts). */
  approval: { mayApprove?: LineApprovalOptions['mayApprove']; required: boolean }
  collections: ResolvedSourceCollection[]
  inquiryFallbackDepartment?: string
  organisation: Organisation
  residents: ResolvedResidentAttributes
  retention: ResolvedRetention
  retry: LineRetryOptions
  /** Null: no deadline reminders. */
  reminders: null | ResolvedReminders
  /** Null: no rich-menu collection. */
  richMenus: null | { media: string }
  /** Undefined: the config's serverURL or PUBLIC_URL, read at send time. */
  serverURL?: string
  steps: Required<LineStepOptions>
  /** Added by other plugins with `addMessageTransform`, run in order on every new delivery. */
  transforms: MessageTransform[]
}
