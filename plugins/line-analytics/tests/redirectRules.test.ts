import { describe, expect, it } from '@jest/globals'

import { CODE_PATTERN } from '../constants'
import { toCsv } from '@akita-dx/plugin-core/shared'

import { figureText, rate } from '../dashboard'
import { snapshotFigures, urlClicksOf } from '../insight/snapshot'
import { isAutomatedRequest } from '../redirect/bots'
import { locationOf } from '../redirect/location'
import { visitorKeyer } from '../redirect/visitor'
import { newLinkCode } from '../tracking/codes'

const IPHONE_LINE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Safari Line/14.9.0'
const ANDROID = 'Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'

describe('isAutomatedRequest', () => {
  it('counts residents in LINE’s in-app browser and in a phone browser', () => {
    expect(isAutomatedRequest({ headers: { 'user-agent': IPHONE_LINE }, method: 'GET' })).toBe(false)
    expect(isAutomatedRequest({ headers: { 'user-agent': ANDROID }, method: 'GET' })).toBe(false)
  })

  it.each([
    ['LINE link preview', 'facebookexternalhit/1.1;line-poker/1.0'],
    ['LINE crawler', 'Line/1.0 (compatible; Line-Crawler; +https://help.line.me/)'],
    ['Facebook', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
    ['Slack', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
    ['Twitter', 'Twitterbot/1.0'],
    ['Google', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
    ['curl', 'curl/8.5.0'],
    ['no user agent', ''],
  ])('does not count %s', (_name, agent) => {
    expect(isAutomatedRequest({ headers: { 'user-agent': agent }, method: 'GET' })).toBe(true)
  })

  it('does not count HEAD requests or prefetches', () => {
    expect(isAutomatedRequest({ headers: { 'user-agent': ANDROID }, method: 'HEAD' })).toBe(true)
    expect(isAutomatedRequest({ headers: { purpose: 'prefetch', 'user-agent': ANDROID }, method: 'GET' })).toBe(true)
    expect(isAutomatedRequest({ headers: { 'sec-purpose': 'prefetch;prerender', 'user-agent': ANDROID }, method: 'GET' })).toBe(true)
  })
})

describe('visitor keys, codes and redirect targets', () => {
  it('gives one key per device and day, another the next day, and hides the IP', () => {
    const key = visitorKeyer('secret')
    const day1 = Date.parse('2026-11-20T03:00:00Z')
    const a = key('203.0.113.7', ANDROID, day1)
    expect(key('203.0.113.7', ANDROID, day1 + 3_600_000)).toBe(a)
    expect(key('203.0.113.8', ANDROID, day1)).not.toBe(a)
    expect(key('203.0.113.7', ANDROID, day1 + 86_400_000)).not.toBe(a)
    expect(visitorKeyer('other secret')('203.0.113.7', ANDROID, day1)).not.toBe(a)
    expect(a).not.toContain('203')
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/)
  })

  it('makes base62 codes of the requested length without repeats', () => {
    const codes = new Set(Array.from({ length: 5000 }, () => newLinkCode(12)))
    expect(codes.size).toBe(5000)
    for (const code of codes) expect(code).toMatch(CODE_PATTERN)
  })

  it('follows web targets only, percent-encoded for the Location header, escapes kept', () => {
    expect(locationOf('https://www.pref.akita.example/kosodate/apply?from=line')).toBe(
      'https://www.pref.akita.example/kosodate/apply?from=line',
    )
    expect(locationOf('https://www.pref.akita.example/お知らせ?q=子育て%20支援')).toBe(
      'https://www.pref.akita.example/%E3%81%8A%E7%9F%A5%E3%82%89%E3%81%9B?q=%E5%AD%90%E8%82%B2%E3%81%A6%20%E6%94%AF%E6%8F%B4',
    )
    expect(locationOf('https://x.example/100%')).toBe('https://x.example/100%25')
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://x.example/a b', '//evil.example'])
      expect(locationOf(bad)).toBeNull()
  })
})

describe('LINE figures', () => {
  it('keeps null (under 20) as null and maps tracked URLs back to their targets', () => {
    const stats = {
      clicks: [
        { click: 40, seq: 1, uniqueClick: 31, url: 'https://x.example/l/AbCdEfGh1234' },
        { click: null, seq: 1, uniqueClick: null, url: 'https://x.example/l/ZZZZZZZZ9999' },
        { click: 25, seq: 2, uniqueClick: 22, url: 'https://other.example/' },
      ],
      overview: { uniqueClick: 35, uniqueImpression: null },
    }
    const targets = new Map([['AbCdEfGh1234', 'https://www.pref.akita.example/apply']])
    expect(urlClicksOf(stats, 'https://x.example/l/', targets)).toEqual([
      { clicks: 40, code: 'AbCdEfGh1234', uniqueClicks: 31, url: 'https://www.pref.akita.example/apply' },
      { clicks: null, code: 'ZZZZZZZZ9999', uniqueClicks: null, url: 'https://x.example/l/ZZZZZZZZ9999' },
      { clicks: 25, code: null, uniqueClicks: 22, url: 'https://other.example/' },
    ])
    expect(snapshotFigures(stats, 480)).toEqual({ delivered: 480, uniqueClicks: 35, uniqueImpressions: null })
    expect(snapshotFigures({ overview: { delivered: null, uniqueClick: null, uniqueImpression: 21 } }, 480)).toEqual({
      delivered: null,
      uniqueClicks: null,
      uniqueImpressions: 21,
    })
    const words = { hidden: '20未満のため非公開', pending: '未取得' }
    expect(figureText(null, words)).toBe('20未満のため非公開')
    expect(figureText(1234, words)).toBe('1,234')
    expect(figureText(1234, words, true)).toBe('未取得')
    expect(rate(null, 100)).toBeNull()
    expect(rate(12, 480)).toBe(2.5)
  })

  it('writes CSV that Excel opens as UTF-8 and never as formulas', () => {
    const csv = toCsv(
      ['文書', '件数'],
      [
        ['子育て "支援", 秋田', 3],
        ['=HYPERLINK("x")', -1],
      ],
    )
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(csv).toBe('\uFEFF文書,件数\r\n"子育て ""支援"", 秋田",3\r\n"\'=HYPERLINK(""x"")",-1\r\n')
  })
})
