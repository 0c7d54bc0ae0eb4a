import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { jstDay } from '@akita-dx/plugin-core/shared'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'

import type { TestServer } from '@akita-dx/test-support'

import { foldLine, icsText } from '../feeds/icsText'
import { startPublicApi } from './config'
import { createProgramme, getJson } from './fixtures'
import { createScenario } from './scenario'

const PORTAL = 'https://portal.example'

/** The parameters of `GET /subsidies` that filter, and nothing else: what the calendar takes. */
const FILTERS = 'q purpose industry stage kind municipality provider status amountMin employees'.split(' ')

/** Long enough to fold several times, with the characters TEXT must escape. */
const LONG_TITLE =
  '秋田県中小企業者等のデジタル化・省力化・販路開拓に係る設備導入及び人材育成を総合的に支援する特別補助金; 令和８年度第２回公募, 追加分'

const xml = new XMLParser({
  attributeNamePrefix: '',
  ignoreAttributes: false,
  isArray: (name) => ['category', 'entry', 'link'].includes(name),
  parseAttributeValue: false,
  parseTagValue: false,
})

type Entry = Record<string, any>

const readAtom = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, init)
  const text = await res.text()
  return { feed: res.status === 200 ? xml.parse(text).feed : null, headers: res.headers, status: res.status, text }
}

const readCalendar = async (url: string) => {
  const res = await fetch(url)
  const bytes = Buffer.from(await res.arrayBuffer())
  const text = bytes.toString('utf8')
  const calendar = res.status === 200 ? new ICAL.Component(ICAL.parse(text)) : null
  return { bytes, calendar, headers: res.headers, status: res.status, text }
}

const eventsOf = (calendar: ICAL.Component | null) =>
  calendar!.getAllSubcomponents('vevent').map((event) => ({
    description: String(event.getFirstPropertyValue('description')),
    dtend: event.getFirstPropertyValue('dtend') as ICAL.Time,
    dtstart: event.getFirstPropertyValue('dtstart') as ICAL.Time,
    summary: String(event.getFirstPropertyValue('summary')),
    uid: String(event.getFirstPropertyValue('uid')),
    url: String(event.getFirstPropertyValue('url')),
  }))

describe('feeds of the public API: Atom of new and changed programmes, iCalendar of deadlines', () => {
  let server: TestServer
  let api: string
  let ids: Record<string, string>

  beforeAll(async () => {
    server = await startPublicApi({ serverURL: PORTAL })
    api = `${server.baseUrl}/api/public`
    ids = await createScenario(server.payload)
  })
  afterAll(() => server?.close())

  const entrySlugs = (entries: Entry[]) => entries.map((entry) => entry.link[0].href.replace(`${PORTAL}/subsidies/`, ''))

  it('serves a well-formed Atom feed of the published programmes, newest change first', async () => {
    const { feed, headers, status, text } = await readAtom(`${api}/subsidies/feed.xml`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    expect(headers.get('cache-control')).toMatch(/^public, max-age=60/)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(XMLValidator.validate(text)).toBe(true)
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom')
    expect(feed.title['#text']).toBe('支援制度の新着・更新')
    expect(feed.link).toEqual([
      { href: `${PORTAL}/api/public/subsidies/feed.xml`, rel: 'self', type: 'application/atom+xml' },
      { href: `${PORTAL}/subsidies`, rel: 'alternate', type: 'text/html' },
    ])
    // Every published programme, whatever its status; never the draft.
    expect(entrySlugs(feed.entry).sort()).toEqual(['akita-sogyo', 'closed-one', 'jfc-loan', 'noshiro-akiya', 'upcoming-loan'])
    expect(text).not.toContain('secret-draft')
    expect(text).not.toContain('未公開')
    const updated = feed.entry.map((entry: Entry) => Date.parse(entry.updated))
    expect(updated).toEqual([...updated].sort((a, b) => b - a))
    expect(feed.updated).toBe(feed.entry[0].updated)

    const sogyo = feed.entry.find((entry: Entry) => entry.link[0].href.endsWith('/akita-sogyo'))
    expect(sogyo).toMatchObject({
      author: { name: '秋田県' },
      id: expect.stringMatching(new RegExp(`^tag:portal\\.example,\\d{4}-\\d{2}-\\d{2}:subsidy-${ids.sogyo}$`)),
      link: [{ href: `${PORTAL}/subsidies/akita-sogyo`, rel: 'alternate', type: 'text/html' }],
      summary: { '#text': 'ＤＸで創業をあと押し', type: 'text' },
      title: { '#text': '秋田県創業支援補助金', type: 'text' },
    })
    expect(sogyo.category).toEqual([
      { label: '補助金', scheme: `${PORTAL}/api/public/subsidies?kind=`, term: 'subsidy' },
      { label: '新たな事業を行いたい', scheme: `${PORTAL}/api/public/subsidies?purpose=`, term: 'new_business' },
    ])
    expect(Number.isNaN(Date.parse(sogyo.published))).toBe(false)
    // Without a catch phrase the summary is the summary.
    const noshiro = feed.entry.find((entry: Entry) => entry.link[0].href.endsWith('/noshiro-akiya'))
    expect(noshiro.summary['#text']).toBe('県内で新たに事業を始める方の経費の一部を補助します。')
  })

  it('puts a changed programme first, not a draft edit, and answers 304 to its ETag', async () => {
    const before = await readAtom(`${api}/subsidies/feed.xml`)
    await server.payload.update({
      collection: 'subsidies',
      data: { title: '終了した創業補助金（結果公表）' },
      id: ids.closed,
      overrideAccess: true,
    })
    await server.payload.update({
      collection: 'subsidies',
      data: { title: '編集中のタイトル' },
      draft: true,
      id: ids.sogyo,
      overrideAccess: true,
    })
    const after = await readAtom(`${api}/subsidies/feed.xml`)
    expect(entrySlugs(after.feed.entry)[0]).toBe('closed-one')
    expect(after.feed.entry[0].title['#text']).toBe('終了した創業補助金（結果公表）')
    expect(after.text).not.toContain('編集中のタイトル')
    const etag = after.headers.get('etag')
    expect(etag).not.toBe(before.headers.get('etag'))
    const again = await fetch(`${api}/subsidies/feed.xml`, { headers: { 'if-none-match': etag! } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    // Answered from the cache the second time, still as Atom (the cache route, which speaks JSON, lets it pass).
    for (let i = 0; i < 2; i++) {
      const hit = await fetch(`${api}/subsidies/feed.xml`)
      expect(hit.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
      expect(hit.headers.get('etag')).toBe(etag)
    }
  })

  it('escapes markup and drops characters XML cannot carry', async () => {
    const title = '<script>alert("x")</script> & \'補助\' ]]>'
    await createProgramme(server.payload, { catchPhrase: 'ベル\u0007の後', slug: 'markup-title', title })
    const { feed, text } = await readAtom(`${api}/subsidies/feed.xml`)
    expect(XMLValidator.validate(text)).toBe(true)
    expect(text).not.toContain('<script>')
    expect(feed.entry[0].title['#text']).toBe(title)
    expect(feed.entry[0].summary['#text']).toBe('ベルの後')
  })

  it('takes no parameter on the Atom feed, and leaves the detail route to slugs', async () => {
    const bad = await getJson(`${api}/subsidies/feed.xml?limit=5`)
    expect(bad.status).toBe(400)
    expect(bad.headers.get('content-type')).toMatch(/application\/json/)
    expect(bad.body).toEqual({ errors: [{ field: 'limit', message: expect.any(String) }] })
    expect((await getJson(`${api}/subsidies/akita-sogyo`)).body.slug).toBe('akita-sogyo')
    expect((await getJson(`${api}/subsidies/feed-xml`)).status).toBe(404)
    const preflight = await fetch(`${api}/subsidies/deadlines.ics`, { method: 'OPTIONS' })
    expect(preflight.status).toBe(204)
  })

  it('serves an iCalendar of the deadlines of programmes not closed, as all-day events on the day in Japan', async () => {
    const { bytes, calendar, headers, status, text } = await readCalendar(`${api}/subsidies/deadlines.ics`)
    expect(status).toBe(200)
    expect(headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(headers.get('cache-control')).toMatch(/^public, max-age=60/)
    expect(headers.get('access-control-allow-origin')).toBe('*')
    expect(headers.get('etag')).toMatch(/^".+"$/)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/)
    for (const line of bytes.toString('latin1').split('\r\n')) expect(Buffer.byteLength(line, 'latin1')).toBeLessThanOrEqual(75)

    expect(calendar!.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar!.getFirstPropertyValue('calscale')).toBe('GREGORIAN')
    expect(calendar!.getFirstPropertyValue('prodid')).toEqual(expect.any(String))
    expect(calendar!.getFirstPropertyValue('x-wr-calname')).toBe('支援制度の締切')
    expect(calendar!.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Tokyo')

    const events = eventsOf(calendar)
    // Nearest deadline first; the closed one, the year-round loan and the draft have no event.
    expect(events.map((event) => event.url)).toEqual(
      ['noshiro-akiya', 'akita-sogyo', 'markup-title', 'upcoming-loan'].map((slug) => `${PORTAL}/subsidies/${slug}`),
    )
    expect(text).not.toContain('未公開')
    const noshiro = await server.payload.findByID({ collection: 'subsidies', id: ids.noshiro, overrideAccess: true })
    expect(events[0]).toMatchObject({ summary: '締切：能代市空き店舗活用創業助成金', uid: `subsidy-${ids.noshiro}@portal.example` })
    expect(events[0].dtstart.isDate).toBe(true)
    expect(events[0].dtstart.toString()).toBe(jstDay(noshiro.acceptanceEnd as string))
    expect(events[0].dtend.isDate).toBe(true)
    expect(events[0].dtend.toUnixTime() - events[0].dtstart.toUnixTime()).toBe(86_400)
    expect(events[0].description.split('\n')).toEqual([
      '県内で新たに事業を始める方の経費の一部を補助します。',
      expect.stringMatching(/^受付期間：\d{4}\/\d{2}\/\d{2}〜\d{4}\/\d{2}\/\d{2}$/),
      '実施：能代市',
      `${PORTAL}/subsidies/noshiro-akiya`,
    ])
  })

  it('takes the deadline as the calendar day in Japan, and folds a long Japanese title without breaking it', async () => {
    // 15:30 UTC on 31 March is 1 April in Japan.
    const long = await createProgramme(server.payload, { acceptanceEnd: '2030-03-31T15:30:00.000Z', slug: 'long-title', title: LONG_TITLE })
    const { bytes, calendar, text } = await readCalendar(`${api}/subsidies/deadlines.ics`)
    const event = eventsOf(calendar).find((e) => e.uid === `subsidy-${long.id}@portal.example`)!
    expect(event.summary).toBe(`締切：${LONG_TITLE}`)
    expect(event.dtstart.toString()).toBe('2030-04-01')
    expect(event.dtend.toString()).toBe('2030-04-02')
    expect(text.replaceAll('\r\n ', '')).toContain('\\; 令和８年度第２回公募\\, 追加分')
    // Folded, and every physical line is whole UTF-8 on its own.
    const lines = bytes.toString('latin1').split('\r\n')
    const summaryAt = lines.findIndex(
      (line) => line.startsWith('SUMMARY:') && Buffer.from(line, 'latin1').toString('utf8').includes('秋田県中小'),
    )
    expect(lines[summaryAt + 1].startsWith(' ')).toBe(true)
    const strict = new TextDecoder('utf-8', { fatal: true })
    for (const line of lines) expect(() => strict.decode(Buffer.from(line, 'latin1'))).not.toThrow()
  })

  it('filters the calendar with the parameters of the list', async () => {
    const slugsOf = async (query: string) => {
      const { calendar, status } = await readCalendar(`${api}/subsidies/deadlines.ics?${query}`)
      expect([query, status]).toEqual([query, 200])
      return eventsOf(calendar).map((event) => event.url.replace(`${PORTAL}/subsidies/`, ''))
    }
    expect(await slugsOf(`purpose=new_business`)).toEqual(['noshiro-akiya', 'akita-sogyo'])
    expect(await slugsOf(`municipality=${encodeURIComponent('能代市')}&provider=municipality`)).toEqual(['noshiro-akiya'])
    expect(await slugsOf('municipality=yokote&provider=municipality')).toEqual([])
    expect(await slugsOf('kind=loan')).toEqual(['upcoming-loan'])
    expect(await slugsOf('status=closed')).toEqual(['closed-one'])
    expect(await slugsOf(`q=${encodeURIComponent('能代市')}`)).toEqual(['noshiro-akiya'])
    expect((await slugsOf('status=all')).length).toBe(6)
  })

  it('answers bad calendar parameters with 400 JSON naming each one', async () => {
    const cases: [string, string][] = [
      ['status=opened', 'status'],
      ['amountMin=-5', 'amountMin'],
      ['limit=10', 'limit'],
      ['sort=deadline', 'sort'],
      ['where[title][equals]=x', 'where[title][equals]'],
    ]
    for (const [query, field] of cases) {
      const res = await getJson(`${api}/subsidies/deadlines.ics?${query}`)
      expect([query, res.status]).toEqual([query, 400])
      expect(res.headers.get('content-type')).toMatch(/application\/json/)
      expect(res.headers.get('cache-control')).toBe('no-store')
      expect(res.body.errors.map((e: any) => e.field)).toContain(field)
    }
    const malformed = await fetch(`${api}/subsidies/deadlines.ics?q=%E0%A4`)
    expect(malformed.status).toBeLessThan(500)
  })

  it('shows a changed deadline at once (the cache is cleared) and answers 304 to the ETag', async () => {
    const first = await readCalendar(`${api}/subsidies/deadlines.ics?kind=loan`)
    const etag = first.headers.get('etag')!
    expect((await fetch(`${api}/subsidies/deadlines.ics?kind=loan`, { headers: { 'if-none-match': etag } })).status).toBe(304)
    await server.payload.update({
      collection: 'subsidies',
      data: { acceptanceEnd: '2031-01-14T15:00:00.000Z' },
      id: ids.upcoming,
      overrideAccess: true,
    })
    const after = await readCalendar(`${api}/subsidies/deadlines.ics?kind=loan`)
    expect(after.headers.get('etag')).not.toBe(etag)
    expect(eventsOf(after.calendar)[0].dtstart.toString()).toBe('2031-01-15')
  })

  it('documents both feeds in the OpenAPI document with their media types', async () => {
    const { body } = await getJson(`${api}/openapi.json`)
    const atom = body.paths['/api/public/subsidies/feed.xml'].get
    expect(Object.keys(atom.responses['200'].content)).toEqual(['application/atom+xml'])
    expect(atom.parameters).toEqual([])
    const ics = body.paths['/api/public/subsidies/deadlines.ics'].get
    expect(Object.keys(ics.responses['200'].content)).toEqual(['text/calendar'])
    expect(ics.parameters.map((p: any) => p.name)).toEqual(FILTERS)
  })
})

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks, and drops control characters', () => {
    expect(icsText('a\\b;c,d\r\ne\nf\rg\u0000h\ti')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h\ti')
  })

  it('folds at 75 octets between code points, whatever their width', () => {
    const line = `SUMMARY:${'a'.repeat(20)}${'締切'.repeat(30)}${'😀'.repeat(20)}é`
    const folded = foldLine(line)
    const lines = folded.split('\r\n')
    expect(lines.length).toBeGreaterThan(3)
    for (const [i, part] of lines.entries()) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75)
      if (i > 0) expect(part.startsWith(' ')).toBe(true)
      expect(part).not.toContain('\uFFFD')
    }
    expect(folded.replaceAll('\r\n ', '')).toBe(line)
    expect(foldLine('X:short')).toBe('X:short')
    expect(foldLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`)
    expect(foldLine(`X:${'a'.repeat(74)}`)).toBe(`X:${'a'.repeat(73)}\r\n a`)
  })
})
