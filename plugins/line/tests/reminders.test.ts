import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { emulatorDeliveries, type RunningLineEmulator, setFaults, startEmulator, userIdFor } from '@akita-dx/test-support/line'

import { runReminders } from '../reminders/run'
import { importSubscribers } from '../residents/import'
import { pruneLineData } from '../retention/prune'
import { type LineTestServer, startLineTestServer } from './helpers/boot'

const at = (iso: string) => new Date(iso)
const endOn = (day: string) => new Date(`${day}T00:00:00+09:00`).toISOString()

/**
 * Deadline reminders (締切リマインダー) on the emulator: residents who registered 起業 with consent
 * get one digest a day of the programmes for their municipality that end in 14 or 3 JST days,
 * not before 09:00 JST, and a push LINE accepted before its answer was lost is not repeated.
 */
describe('deadline reminders', () => {
  let emu: RunningLineEmulator
  let server: LineTestServer
  const resident = (name: string) => userIdFor(`reminder-${name}`)
  const pushesTo = async (name: string) =>
    ((await emulatorDeliveries(emu, `endpoint=push&userId=${resident(name)}`)).messages ?? []) as { messages: { text: string }[] }[]
  const programme = (title: string, end: string, data: Record<string, unknown> = {}) =>
    server.payload.create({ collection: 'line-test-programmes' as 'users', data: { acceptanceEnd: endOn(end), title, ...data } as never })

  beforeAll(async () => {
    emu = await startEmulator()
    server = await startLineTestServer()
    await importSubscribers(server.payload, [
      { interests: ['kigyo'], lineUserId: resident('yokote'), municipality: 'yokote' },
      { interests: ['kigyo', 'bosai'], lineUserId: resident('akita'), municipality: 'akita' },
      { interests: ['bosai'], lineUserId: resident('bosai-only'), municipality: 'yokote' },
      { interests: ['kigyo'], lineUserId: resident('blocked'), municipality: 'yokote' },
      { interests: ['kigyo'], lineUserId: resident('unconsented'), municipality: 'yokote' },
    ])
    const set = (name: string, data: Record<string, unknown>) =>
      server.payload.update({
        collection: 'line-subscribers',
        data,
        overrideAccess: true,
        where: { lineUserId: { equals: resident(name) } },
      })
    await set('blocked', { followState: 'blocked' })
    await set('unconsented', { consentAt: null })
    await programme('あきた起業促進補助金', '2026-12-18')
    await programme('横手市創業支援事業補助金', '2026-12-07', { municipalities: ['yokote'] })
    await programme('秋田市新規創業者支援資金', '2026-12-07', { municipalities: ['akita'] })
    await programme('まだ先の補助金', '2026-12-10')
    await programme('下書きの補助金', '2026-12-18', { published: false })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await emu?.stop()
  })

  it('sends nothing before 09:00 JST', async () => {
    expect(await runReminders(server.payload, at('2026-12-04T08:59:00+09:00'))).toEqual({
      failed: 0,
      planned: 0,
      retry: 0,
      sent: 0,
      skipped: 0,
    })
    expect(await pushesTo('yokote')).toEqual([])
  })

  it('one digest each of what ends in 3 and 14 days where they live, once, even when LINE’s answer is lost', async () => {
    await setFaults(emu, { endpoints: ['pushMessage'], status500AfterAccept: 1 })
    const first = await runReminders(server.payload, at('2026-12-04T10:00:00+09:00'))
    await setFaults(emu, { endpoints: null, status500AfterAccept: 0 })
    // LINE took both pushes and answered 500: the next run's same keys get 409, no second message.
    expect(first).toMatchObject({ planned: 2, retry: 2, sent: 0 })
    expect(await runReminders(server.payload, at('2026-12-04T10:10:00+09:00'))).toMatchObject({ planned: 0, retry: 0, sent: 2 })
    expect(await runReminders(server.payload, at('2026-12-04T10:20:00+09:00'))).toMatchObject({ planned: 0, sent: 0 })

    const [yokote] = await pushesTo('yokote')
    expect(await pushesTo('yokote')).toHaveLength(1)
    const text = yokote.messages[0].text
    expect(text).toMatch(/^【締切が近い支援制度】/)
    // The soonest first, each with its end in JST and its page.
    expect(text.indexOf('横手市創業支援事業補助金')).toBeLessThan(text.indexOf('あきた起業促進補助金'))
    expect(text).toContain('・横手市創業支援事業補助金\n　締切 2026/12/07（あと3日）\n　https://www.pref.akita.example/subsidies/')
    expect(text).toContain('・あきた起業促進補助金\n　締切 2026/12/18（あと14日）')
    expect(text).not.toMatch(/秋田市新規創業者支援資金|まだ先の補助金|下書きの補助金/)
    const [akita] = await pushesTo('akita')
    expect(await pushesTo('akita')).toHaveLength(1)
    expect(akita.messages[0].text).toContain('秋田市新規創業者支援資金')
    expect(akita.messages[0].text).not.toContain('横手市創業支援事業補助金')
    for (const name of ['bosai-only', 'blocked', 'unconsented']) expect(await pushesTo(name)).toEqual([])
  })

  it('the next day counts again: 12/15 is three days before 12/18', async () => {
    const result = await runReminders(server.payload, at('2026-12-15T09:30:00+09:00'))
    expect(result).toMatchObject({ planned: 2, sent: 2 })
    const texts = (await pushesTo('yokote')).map((p) => p.messages[0].text)
    expect(texts).toHaveLength(2)
    expect(texts[1]).toContain('・あきた起業促進補助金\n　締切 2026/12/18（あと3日）')
  })

  it('digests are pruned with the recipient lists (90 days), day by day', async () => {
    const days = async () =>
      (await server.payload.find({ collection: 'line-reminders' as 'users', limit: 0, overrideAccess: true })).docs.map(
        (d) => (d as unknown as { day: string }).day,
      )
    expect((await days()).sort()).toEqual(['2026-12-04', '2026-12-04', '2026-12-15', '2026-12-15'])
    await pruneLineData(server.payload, at('2027-03-10T12:00:00+09:00'))
    expect(await days()).toEqual(['2026-12-15', '2026-12-15'])
  })
})
