import { MUNICIPALITIES } from '../src/lib/akita'
import { lexicalFromText } from '../collections/subsidies/lexical'
import { INDUSTRIES, KINDS, PURPOSES, STAGES } from '../collections/subsidies/options'

/** Generated programmes for the benchmark: varied text, dates, areas; about 1 in 6 about 創業. */
const THEMES = [
  '創業',
  '設備投資',
  '販路開拓',
  '事業承継',
  '人材育成',
  'デジタル化',
  '省エネ',
  '観光振興',
  '農産加工',
  '雇用拡大',
  '研究開発',
  '海外展開',
]
const NOUNS = ['支援補助金', '促進事業費補助金', '推進助成金', 'チャレンジ支援金', '振興資金']
const PROVIDERS = [
  ['prefecture', '秋田県'],
  ['municipality', ''],
  ['chamber', '秋田県商工会連合会'],
  ['financial', '日本政策金融公庫 秋田支店'],
  ['national', '中小企業庁'],
] as const

const DAY = 86_400_000

export const generateProgramme = (i: number, now: number, random: () => number) => {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const some = <T>(list: readonly T[], max: number) => [
    ...new Set(Array.from({ length: 1 + Math.floor(random() * max) }, () => pick(list))),
  ]
  const town = pick(MUNICIPALITIES)
  const [level, provider] = pick(PROVIDERS)
  const theme = pick(THEMES)
  const local = level === 'municipality' || random() < 0.2
  const yearRound = random() < 0.1
  const start = now + Math.floor(-150 + random() * 190) * DAY
  const end = start + Math.floor(10 + random() * 160) * DAY
  return {
    _status: random() < 0.95 ? 'published' : 'draft',
    acceptanceEnd: yearRound ? null : new Date(end).toISOString(),
    acceptanceStart: yearRound ? null : new Date(start).toISOString(),
    areaScope: local ? 'municipalities' : level === 'national' ? 'nationwide' : 'prefecture',
    catchPhrase: `${local ? town.label : '県内'}で${theme}に取り組む事業者を応援します`,
    detail: lexicalFromText([`${theme}に必要な経費の一部を補助します。`, '- 設備費\n- 広告宣伝費\n- 専門家謝金']),
    employeeLimit: random() < 0.5 ? pick([5, 20, 50, 100, 300]) : null,
    industries:
      random() < 0.6
        ? []
        : some(
            INDUSTRIES.map((x) => x.value),
            3,
          ),
    kind: pick(KINDS).value,
    maxAmount: random() < 0.9 ? Math.round(100_000 + random() * 20_000_000) : null,
    municipalities: local ? [town.value] : [],
    providerLevel: level,
    providerName: level === 'municipality' ? town.label : provider,
    purposes: some(
      PURPOSES.map((x) => x.value),
      3,
    ),
    slug: `bench-${i}`,
    stages: some(
      STAGES.map((x) => x.value),
      2,
    ),
    summary: `${local ? town.label : '秋田県'}内の中小企業者・個人事業主が行う${theme}の取組を支援します（第${1 + (i % 4)}期）。`,
    title: `${local ? town.label : '秋田県'}${theme}${pick(NOUNS)}（${i}）`,
    yearRound,
  }
}
