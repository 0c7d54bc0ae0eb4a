import { seededRandom } from '@akita-dx/test-support'

import { KINDS, PURPOSES } from '../collections/subsidies/options'
import { MUNICIPALITIES } from '../src/lib/akita'

/** Keywords founders type, of every length the index treats differently: 1, 2, 3 and more characters, Latin too. */
const WORDS = [
  '創業',
  'IT',
  'DX',
  '設備',
  '販路',
  '事業承継',
  '人材',
  'デジタル',
  '省エネ',
  '観光',
  '農産',
  '雇用',
  '研究',
  '海外',
  '秋田',
  '支援',
  '補助金',
  '助成金',
  '資金',
  '創',
  '県',
  '空き店舗',
  '広告',
  '専門家',
  '経費',
  '中小企業',
  '個人事業主',
]

/** `count` distinct query strings of the list (seeded: the same list every run). */
export const generatedQueries = (count: number): string[] => {
  const random = seededRandom(20261203)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const maybe = <T>(p: number, value: () => T) => (random() < p ? value() : undefined)
  const found = new Set<string>()
  while (found.size < count) {
    const words = maybe(0.85, () => (random() < 0.25 ? `${pick(WORDS)} ${pick(WORDS)}` : pick(WORDS)))
    const entries: [string, string | undefined][] = [
      ['q', words],
      ['municipality', maybe(0.5, () => pick(MUNICIPALITIES).value)],
      ['purpose', maybe(0.3, () => pick(PURPOSES).value)],
      ['kind', maybe(0.3, () => pick(KINDS).value)],
      ['status', maybe(0.2, () => pick(['open', 'closing_soon', 'all']))],
      ['employees', maybe(0.15, () => String(pick([3, 10, 30, 80])))],
      ['sort', maybe(0.3, () => pick(['deadline', '-amount', 'newest']))],
      ['page', maybe(0.3, () => String(pick([2, 3])))],
    ]
    found.add(new URLSearchParams(entries.filter((e): e is [string, string] => e[1] !== undefined)).toString())
  }
  return [...found]
}
