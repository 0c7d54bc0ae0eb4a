import type { CollectionConfig, Field, Payload } from 'payload'

import { DEV_CHANNEL_SECRET, importSubscribers, type ResidentAttributes, SANDBOX_CHANNEL_ACCESS_TOKEN } from '@akita-dx/plugin-line'
import crypto from 'node:crypto'

import { type RunningLineEmulator, startLineEmulator } from '../../src/line-emulator'

export type { RunningLineEmulator }

/**
 * The LINE emulator on a free port, with the plugin's sandbox token and secret; the plugin finds
 * it through LINE_EMULATOR_PORT, as in sandbox mode.
 */
export const startEmulator = async (webhookUrl?: string): Promise<RunningLineEmulator> => {
  delete process.env.LINE_CHANNEL_ACCESS_TOKEN
  delete process.env.LINE_CHANNEL_SECRET
  const emu = await startLineEmulator({
    channelAccessToken: SANDBOX_CHANNEL_ACCESS_TOKEN,
    channelSecret: DEV_CHANNEL_SECRET,
    port: 0,
    quiet: true,
    webhookUrl,
  })
  process.env.LINE_EMULATOR_PORT = String(emu.port)
  return emu
}

export type DeliveryReport = { messages?: unknown[]; perUser: Record<string, number>; total: number }

export const emulatorDeliveries = async (emu: { url: string }, query = 'summary=1'): Promise<DeliveryReport> => {
  const res = await fetch(`${emu.url}/_emulator/deliveries?${query}`)
  if (!res.ok) throw new Error(`emulator deliveries: ${res.status}`)
  return (await res.json()) as DeliveryReport
}

export const setFaults = async (emu: { url: string }, faults: Record<string, unknown>) => {
  const res = await fetch(`${emu.url}/_emulator/faults`, {
    body: JSON.stringify(faults),
    headers: { 'content-type': 'application/json' },
    method: 'PUT',
  })
  if (!res.ok) throw new Error(`emulator faults: ${res.status} ${await res.text()}`)
}

export const resetEmulator = async (emu: { url: string }) => {
  await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })
}

/** A small vocabulary of residents' attributes for the LINE plugins' own tests (eight municipalities in three regions). */
export const TEST_RESIDENTS: ResidentAttributes = {
  interests: [
    { label: '防災', labelEn: 'Disaster preparedness', value: 'bosai' },
    { label: '子育て', labelEn: 'Child-rearing', value: 'kosodate' },
    { label: '移住', labelEn: 'Relocation', value: 'iju' },
    { label: '観光', labelEn: 'Tourism', value: 'kanko' },
    { label: '起業', labelEn: 'Starting a business', value: 'kigyo' },
    { label: '健康', labelEn: 'Health', value: 'kenko' },
  ],
  municipalities: [
    { code: '05201', label: '秋田市', value: 'akita' },
    { code: '05206', label: '男鹿市', value: 'oga' },
    { code: '05211', label: '潟上市', value: 'katagami' },
    { code: '05203', label: '横手市', value: 'yokote' },
    { code: '05212', label: '大仙市', value: 'daisen' },
    { code: '05207', label: '湯沢市', value: 'yuzawa' },
    { code: '05204', label: '大館市', value: 'odate' },
    { code: '05202', label: '能代市', value: 'noshiro' },
  ],
  regions: [
    { label: '中央', municipalities: ['akita', 'oga', 'katagami'], value: 'chuo' },
    { label: '県南', municipalities: ['yokote', 'daisen', 'yuzawa'], value: 'kennan' },
    { label: '県北', municipalities: ['odate', 'noshiro'], value: 'kenpoku' },
  ],
}

const AGE_BANDS = ['under20', 'twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventiesPlus']

/** A deterministic number in [0, 1) from a text. */
const unit = (text: string) => crypto.createHash('md5').update(text).digest().readUInt32BE(0) / 2 ** 32

/** A valid-looking LINE user id, the same for the same seed text. */
export const userIdFor = (seed: string) => `U${crypto.createHash('md5').update(seed).digest('hex')}`

export const lineUserIdFor = (prefix: string, i: number) => userIdFor(`line-test-${prefix}-${i}`)

export type TestSubscriber = { ageBand: string; interests: string[]; lineUserId: string; municipality: string }

/** The i-th test resident of a series: same prefix and index, same resident, spread over the vocabulary. */
export const generatedSubscriber = (prefix: string, i: number): TestSubscriber => {
  const key = `${prefix}-${i}`
  const topics = TEST_RESIDENTS.interests.map((t) => t.value)
  const interests = topics.filter((topic) => unit(`${key}-${topic}`) < 0.3)
  return {
    ageBand: AGE_BANDS[Math.floor(unit(`${key}-age`) * AGE_BANDS.length)],
    interests: interests.length ? interests : [topics[i % topics.length]],
    lineUserId: lineUserIdFor(prefix, i),
    municipality: TEST_RESIDENTS.municipalities[Math.floor(unit(`${key}-m`) * TEST_RESIDENTS.municipalities.length)].value,
  }
}

/** `count` generated residents, following, inserted in bulk (the LINE plugin's import). */
export const bulkInsertSubscribers = async (
  payload: Payload,
  count: number,
  { offset = 0, prefix = 'test' }: { offset?: number; prefix?: string } = {},
) => {
  const rows = Array.from({ length: count }, (_, i) => generatedSubscriber(prefix, offset + i))
  await importSubscribers(payload, rows)
  return rows
}

/** `count` generated residents (see generatedSubscriber). */
export const generateSubscribers = (count: number, prefix = 'test'): TestSubscriber[] =>
  Array.from({ length: count }, (_, i) => generatedSubscriber(prefix, i))

/** Inserts residents as they are given (the LINE plugin's bulk import). */
export const insertSubscribers = async (payload: Payload, subscribers: TestSubscriber[]) => {
  await importSubscribers(payload, subscribers)
}

/**
 * A small source collection with the LINE plugin's default field names (title, summary, heroImage,
 * category, municipalities, links), for the LINE plugins' tests; `fields` are added after them.
 */
export const testNotices = (slug: string, fields: Field[] = []): CollectionConfig => ({
  slug,
  access: { read: () => true },
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'summary', type: 'textarea' },
    { name: 'heroImage', type: 'text' },
    { name: 'category', type: 'select', options: TEST_RESIDENTS.interests.map(({ label, value }) => ({ label, value })) },
    {
      name: 'municipalities',
      type: 'select',
      hasMany: true,
      options: TEST_RESIDENTS.municipalities.map(({ label, value }) => ({ label, value })),
    },
    ...fields,
    {
      name: 'links',
      type: 'array',
      fields: [
        { name: 'label', type: 'text' },
        { name: 'url', type: 'text' },
      ],
    },
  ],
})
export { solidPng } from './png'
