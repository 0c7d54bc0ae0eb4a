import type { LinePluginOptions, ResolvedLineOptions, SourceFieldMap } from './types'

export const DEFAULT_FIELDS: SourceFieldMap = {
  category: 'category',
  heroImage: 'heroImage',
  links: 'links',
  municipalities: 'municipalities',
  summary: 'summary',
  title: 'title',
}

/** Keywords residents use for each department's topics (department codes of seed/organisation.ts). */
export const DEFAULT_INQUIRY_ROUTES: { department: string; keywords: string[] }[] = [
  { department: 'bosai', keywords: ['防災', '災害', '避難', '地震', '大雨', '洪水', '大雪', '除雪', '停電', 'クマ'] },
  { department: 'kodomo', keywords: ['子育て', '保育', '子ども', '子供', '出産', '妊娠', '児童', '育児'] },
  { department: 'iju', keywords: ['移住', '定住', '空き家', 'UターンIターン', 'Uターン', 'Iターン'] },
  { department: 'kanko', keywords: ['観光', '温泉', '祭り', 'まつり', 'イベント', '竿燈', 'なまはげ'] },
  { department: 'sangyo', keywords: ['起業', '創業', '補助金', '助成', '事業'] },
  { department: 'kenko', keywords: ['健康', '検診', '健診', 'ワクチン', '病院', '医療', '熱中症'] },
  { department: 'koyo', keywords: ['求人', '就職', '転職', '仕事', '雇用', '働き'] },
  { department: 'norin', keywords: ['農業', '林業', '漁業', '米', '就農'] },
]

export const resolveOptions = (options: LinePluginOptions = {}): ResolvedLineOptions => ({
  adminGroup: options.adminGroup ?? { en: 'LINE', ja: 'LINE配信' },
  batchSize: Math.max(1, Math.min(500, options.batchSize ?? 500)),
  collections: (options.collections ?? ['announcements']).map((entry) =>
    typeof entry === 'string'
      ? { fields: DEFAULT_FIELDS, slug: entry }
      : { fields: { ...DEFAULT_FIELDS, ...entry.fields }, slug: entry.slug, url: entry.url },
  ),
  concurrency: Math.max(1, options.concurrency ?? 4),
  deliveryLeaseMs: options.deliveryLeaseMs ?? 30_000,
  disabled: options.disabled ?? false,
  inquiryFallbackDepartment: options.inquiryFallbackDepartment ?? 'koho',
  inquiryRoutes: options.inquiryRoutes ?? DEFAULT_INQUIRY_ROUTES,
  maxRequestsPerSecond: options.maxRequestsPerSecond ?? 1000,
  overrides: options.overrides ?? {},
  retry: {
    baseDelayMs: 500,
    maxAttempts: 8,
    maxDelayMs: 30_000,
    maxRateLimitWaits: 20,
    timeoutMs: 15_000,
    ...options.retry,
  },
  schedulerCron: options.schedulerCron ?? '*/5 * * * * *',
  serverURL: options.serverURL,
  webhookPath: options.webhookPath ?? '/line/webhook',
})
