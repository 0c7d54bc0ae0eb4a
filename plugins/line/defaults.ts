import { integerOption, resolveOrganisation } from '@akita-dx/plugin-core'

import type {
  AttributeOption,
  LinePluginOptions,
  ResidentAttributes,
  ResolvedLineOptions,
  ResolvedReminders,
  ResolvedResidentAttributes,
  ResolvedRetention,
  SourceFieldMap,
} from './types'

import { LINE_LIMITS } from './constants'

const PLUGIN = 'linePlugin'

export const DEFAULT_FIELDS: SourceFieldMap = {
  category: 'category',
  department: 'department',
  heroImage: 'heroImage',
  links: 'links',
  municipalities: 'municipalities',
  summary: 'summary',
  title: 'title',
}

/** A part of a source document, or undefined when the collection has none (its field is `null`). */
export const sourcePart = (doc: Record<string, unknown>, field: null | string): unknown => (field ? doc[field] : undefined)

export const DEFAULT_AGE_BANDS: AttributeOption[] = [
  { label: '19歳以下', labelEn: '19 or under', value: 'under20' },
  { label: '20代', labelEn: '20s', value: 'twenties' },
  { label: '30代', labelEn: '30s', value: 'thirties' },
  { label: '40代', labelEn: '40s', value: 'forties' },
  { label: '50代', labelEn: '50s', value: 'fifties' },
  { label: '60代', labelEn: '60s', value: 'sixties' },
  { label: '70歳以上', labelEn: '70 or over', value: 'seventiesPlus' },
]

const DEFAULT_WELCOME = 'お住まいの地域・年代・関心のある分野を登録すると、あなたに合ったお知らせをお届けします。'

const DEFAULT_NOTICE =
  '【個人情報の取扱い】ご登録の内容（お住まいの市町村・年代・関心のある分野）は、お知らせの配信先を選ぶことと、個人が分からない形の統計にだけ使います。' +
  '最後の「完了」を押すと、この取扱いに同意したことになります。登録内容は「マイデータ」で確認、「データ削除」でいつでも削除できます。'

const policyUrlOf = (url: string | undefined) => {
  if (url !== undefined && !/^(https?:\/\/|\/)\S*$/.test(url)) {
    throw new Error(`${PLUGIN}: residents.privacy.policyUrl must be an http(s) address or a path from the public origin`)
  }
  return url
}

/** Days of a retention period: a whole number of days, or false (kept for ever). */
const days = (name: string, value: false | number | undefined, fallback: number): false | number =>
  value === false ? false : integerOption(PLUGIN, `retention.${name}`, value, fallback)

const resolveRetention = (retention: LinePluginOptions['retention']): ResolvedRetention => ({
  cron: retention?.cron ?? '0 40 3 * * *',
  inquiryDays: days('inquiryDays', retention?.inquiryDays, 365),
  recipientListDays: days('recipientListDays', retention?.recipientListDays, 90),
  webhookEventDays: days('webhookEventDays', retention?.webhookEventDays, 30),
})

/** Every question is one row of quick replies, and LINE shows at most 13 of them. */
const resolveResidents = (residents: ResidentAttributes | undefined): ResolvedResidentAttributes => {
  if (!residents?.municipalities?.length || !residents.interests?.length) {
    throw new Error(`${PLUGIN}: residents.municipalities and residents.interests are required`)
  }
  const regions = residents.regions?.length
    ? residents.regions
    : [{ label: '', municipalities: residents.municipalities.map((m) => m.value), value: 'all' }]
  const known = new Set(residents.municipalities.map((m) => m.value))
  for (const region of regions) {
    if (region.municipalities.length > LINE_LIMITS.quickReplyItems) {
      throw new Error(
        `${PLUGIN}: region "${region.value}" has ${region.municipalities.length} municipalities; a LINE question fits ${LINE_LIMITS.quickReplyItems} (use residents.regions)`,
      )
    }
    const unknown = region.municipalities.find((m) => !known.has(m))
    if (unknown) throw new Error(`${PLUGIN}: region "${region.value}" lists unknown municipality "${unknown}"`)
  }
  const ageBands = residents.ageBands?.length ? residents.ageBands : DEFAULT_AGE_BANDS
  if (ageBands.length > LINE_LIMITS.quickReplyItems || residents.interests.length > LINE_LIMITS.quickReplyItems - 1) {
    throw new Error(`${PLUGIN}: age bands (≤ 13) or interests (≤ 12, with 完了) do not fit LINE's quick replies`)
  }
  return {
    ageBands,
    interests: residents.interests,
    municipalities: residents.municipalities,
    privacy: {
      notice: residents.privacy?.notice ?? DEFAULT_NOTICE,
      policyUrl: policyUrlOf(residents.privacy?.policyUrl),
      version: residents.privacy?.version ?? '1',
    },
    regions,
    welcomeText: residents.welcomeText ?? DEFAULT_WELCOME,
  }
}

const hourOption = (name: string, value: number | undefined, fallback: number) => {
  const hour = integerOption(PLUGIN, name, value, fallback, 0)
  if (hour > 23) throw new Error(`${PLUGIN}: ${name} must be an hour from 0 to 23, got ${hour}`)
  return hour
}

const forEveryoneOrListed = (fields: string) => (programme: Record<string, unknown>, municipality: null | string) => {
  const listed = programme[fields]
  return !Array.isArray(listed) || listed.length === 0 || (municipality !== null && listed.includes(municipality))
}

const resolveReminders = (reminders: LinePluginOptions['reminders'], interests: string[]): null | ResolvedReminders => {
  if (!reminders) return null
  if (!interests.includes(reminders.interest)) {
    throw new Error(`${PLUGIN}: reminders.interest must be one of residents.interests (${interests.join(', ')}), got ${reminders.interest}`)
  }
  const daysBefore = [...new Set(reminders.daysBefore ?? [14, 3])].sort((a, b) => b - a)
  daysBefore.forEach((day, i) => integerOption(PLUGIN, `reminders.daysBefore[${i}]`, day, day, 0))
  return {
    ...reminders,
    appliesTo: reminders.appliesTo ?? forEveryoneOrListed('municipalities'),
    cron: reminders.cron ?? '0 */10 * * * *',
    daysBefore,
    fields: { acceptanceEnd: reminders.fields?.acceptanceEnd ?? 'acceptanceEnd', title: reminders.fields?.title ?? 'title' },
    hour: hourOption('reminders.hour', reminders.hour, 9),
  }
}

/** The plugin's options with every default filled in; nonsense stops the config build. */
export const resolveOptions = (options: LinePluginOptions): ResolvedLineOptions => ({
  accentColor: options.accentColor ?? '#06C755',
  accountName: options.accountName,
  approval: { mayApprove: options.approval?.mayApprove, required: options.approval?.required ?? true },
  adminGroup: options.adminGroup ?? { en: 'LINE', ja: 'LINE配信' },
  aggregationUnitPrefix: options.aggregationUnitPrefix ?? 'line',
  batchSize: Math.min(
    LINE_LIMITS.multicastRecipients,
    integerOption(PLUGIN, 'batchSize', options.batchSize, LINE_LIMITS.multicastRecipients),
  ),
  collections: (options.collections ?? ['announcements']).map((entry) =>
    typeof entry === 'string'
      ? { fields: DEFAULT_FIELDS, slug: entry }
      : { fields: { ...DEFAULT_FIELDS, ...entry.fields }, slug: entry.slug, url: entry.url },
  ),
  concurrency: integerOption(PLUGIN, 'concurrency', options.concurrency, 4),
  deliveryLeaseMs: integerOption(PLUGIN, 'deliveryLeaseMs', options.deliveryLeaseMs, 30_000, 100),
  disabled: options.disabled ?? false,
  inquiryFallbackDepartment: options.inquiryFallbackDepartment,
  inquiryRoutes: options.inquiryRoutes ?? [],
  maxRequestsPerSecond: integerOption(PLUGIN, 'maxRequestsPerSecond', options.maxRequestsPerSecond, 1000),
  organisation: resolveOrganisation(options.organisation),
  overrides: options.overrides ?? {},
  residents: resolveResidents(options.residents),
  retention: resolveRetention(options.retention),
  retry: { baseDelayMs: 500, maxAttempts: 8, maxDelayMs: 30_000, maxRateLimitWaits: 20, timeoutMs: 15_000, ...options.retry },
  reminders: resolveReminders(
    options.reminders,
    options.residents.interests.map((i) => i.value),
  ),
  richMenus: options.richMenus ?? null,
  schedulerCron: options.schedulerCron ?? '*/5 * * * * *',
  sendForAllDepartments: options.sendForAllDepartments ?? [],
  serverURL: options.serverURL?.replace(/\/+$/, ''),
  steps: { cron: options.steps?.cron ?? '0 * * * * *', sendHour: hourOption('steps.sendHour', options.steps?.sendHour, 10) },
  transforms: [],
  webhookBodyLimit: integerOption(PLUGIN, 'webhookBodyLimit', options.webhookBodyLimit, 1024 * 1024),
  webhookPath: options.webhookPath ?? '/line/webhook',
})
