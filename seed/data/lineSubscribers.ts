import type { Payload } from 'payload'

import { importSubscribers } from '@akita-dx/plugin-line'
import crypto from 'node:crypto'

import { AGE_BANDS, MUNICIPALITIES, TOPICS } from '../../src/lib/akita'

/**
 * Emulated residents for the demo, tests and benchmarks: deterministic LINE-style ids
 * (`U` + 32 hex digits) and attributes spread roughly like Akita's population.
 */

/** Relative population of the 25 municipalities (2020 census, thousands, rounded). */
const POPULATION: Record<string, number> = {
  akita: 308, daisen: 78, fujisato: 3, gojome: 9, hachirogata: 6, happo: 7, higashinaruse: 2, ikawa: 5,
  kamikoani: 2, katagami: 32, kazuno: 30, kitaakita: 31, kosaka: 5, misato: 19, mitane: 16, nikaho: 24,
  noshiro: 51, odate: 70, oga: 26, ogata: 3, semboku: 25, ugo: 14, yokote: 86, yurihonjo: 74, yuzawa: 42,
}
/** Age bands of residents who follow a prefecture's account (fewer teenagers and over-70s). */
const AGE_WEIGHTS: Record<string, number> = {
  fifties: 19, forties: 20, seventiesPlus: 7, sixties: 15, thirties: 18, twenties: 14, under20: 7,
}

const pick = (weights: Record<string, number>, values: readonly string[], r: number) => {
  const total = values.reduce((sum, v) => sum + (weights[v] ?? 1), 0)
  let x = r * total
  for (const v of values) {
    x -= weights[v] ?? 1
    if (x < 0) return v
  }
  return values[values.length - 1]
}

/** A deterministic number in [0, 1) from a text. */
const unit = (text: string) => crypto.createHash('md5').update(text).digest().readUInt32BE(0) / 2 ** 32

export const lineUserIdFor = (prefix: string, i: number) =>
  `U${crypto.createHash('md5').update(`akita-line-${prefix}-${i}`).digest('hex')}`

export type GeneratedSubscriber = {
  ageBand: string
  interests: string[]
  lineUserId: string
  municipality: string
}

const municipalityCodes = MUNICIPALITIES.map((m) => m.value)
const ageCodes = AGE_BANDS.map((a) => a.value)
const topicCodes = TOPICS.map((t) => t.value)

/** The i-th emulated resident of a series: same prefix and index, same resident. */
export const generatedSubscriber = (prefix: string, i: number): GeneratedSubscriber => {
  const key = `${prefix}-${i}`
  const ageBand = pick(AGE_WEIGHTS, ageCodes, unit(`${key}-age`))
  const interests = topicCodes.filter((topic) => {
    // Young families care about 子育て, older residents about 健康: a little realism for segments.
    let p = 0.22
    if (topic === 'kosodate' && (ageBand === 'thirties' || ageBand === 'twenties')) p = 0.6
    if (topic === 'kenko' && (ageBand === 'sixties' || ageBand === 'seventiesPlus')) p = 0.55
    if (topic === 'bosai') p = 0.4
    return unit(`${key}-${topic}`) < p
  })
  return {
    ageBand,
    interests: interests.length ? interests : [topicCodes[i % topicCodes.length]],
    lineUserId: lineUserIdFor(prefix, i),
    municipality: pick(POPULATION, municipalityCodes, unit(`${key}-municipality`)),
  }
}

/**
 * Inserts `count` generated residents in bulk (the LINE plugin's import: a multi-row INSERT per
 * chunk on SQL), for the demo, the benchmarks (a million of them) and tests.
 */
export const bulkInsertSubscribers = async (
  payload: Payload,
  count: number,
  { chunk = 1000, offset = 0, prefix = 'bench' }: { chunk?: number; offset?: number; prefix?: string } = {},
) => {
  for (let start = 0; start < count; start += chunk) {
    const rows = Array.from({ length: Math.min(chunk, count - start) }, (_, j) => generatedSubscriber(prefix, offset + start + j))
    await importSubscribers(payload, rows, { chunk })
  }
}
