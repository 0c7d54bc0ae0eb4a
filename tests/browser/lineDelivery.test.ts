import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { matchesRule } from '@akita-dx/plugin-line'
import { DEMO_PASSWORD } from '../../seed/organisation'
import { ARTIFACTS_DIR, launchBrowser } from '@akita-dx/test-support/browser'
import { callJson, login, type Sandbox, startSandbox, waitUntil } from './lineSandbox'

const EDITOR = 'editor@akita-dx.example'
const APPROVER = 'approver@akita-dx.example'
const RESIDENT = `U${'a1'.repeat(16)}`
const EDITOR_PHONE = `U${'e2'.repeat(16)}`
const PHONE_UA =
  'Mozilla/5.0 (Linux; Android 14; SO-51D) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 Line/14.9.0'
const SEGMENT = '秋田市の子育て世帯（ブラウザテスト）'
const RULE = { combinator: 'and' as const, interests: ['kosodate'], municipalities: ['akita'] }

/**
 * The sandbox loop of the LINE plugins, end to end on the built product: a resident follows and
 * registers on LINE (the emulator replays the webhook), an editor builds a segment, previews,
 * test-sends and sends an announcement from its edit view, the resident taps its link, and the
 * 「配信分析」 view shows the clicks and LINE's figures.
 */
describe('LINE delivery and click analytics in the admin (sandbox mode)', () => {
  let sandbox: Sandbox
  let browser: Browser
  let closeBrowser: () => Promise<void>
  let page: Page
  let editor: { headers: Record<string, string>; user: Record<string, any> }
  let admin: { headers: Record<string, string> }
  let announcementId: number | string
  let liveId: number | string
  // The prefecture's web page the announcement links to, served locally: the machine has no network.
  let site: http.Server
  let TARGET: string
  const shot = (name: string) => page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, name) })
  const emulator = (p: string, init?: Parameters<typeof callJson>[1]) => callJson(`${sandbox.emulatorUrl}${p}`, init)
  const api = (p: string, init?: Parameters<typeof callJson>[1]) =>
    callJson(`${sandbox.baseUrl}/api${p}`, { ...init, headers: { ...editor.headers, ...(init?.headers ?? {}) } })

  beforeAll(async () => {
    site = http.createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html lang="ja"><body>秋田県</body></html>'),
    )
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
    TARGET = `http://127.0.0.1:${(site.address() as AddressInfo).port}/pages/archive/80123`
    sandbox = await startSandbox()
    editor = await login(sandbox.baseUrl, EDITOR, DEMO_PASSWORD)
    admin = await login(sandbox.baseUrl, 'admin@akita-dx.example', sandbox.adminPassword)
    ;({ browser, close: closeBrowser } = await launchBrowser())
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { height: 900, width: 1400 } })
    page = await context.newPage()
  }, 240_000)

  afterAll(async () => {
    await closeBrowser?.()
    await sandbox?.stop()
    site?.close()
  })

  it('registers a resident who follows the account and answers the questions', async () => {
    const replay = (event: Record<string, unknown>) =>
      emulator('/_emulator/webhook/events', {
        json: { events: [{ source: { type: 'user', userId: RESIDENT }, ...event }] },
        method: 'POST',
      })
    await replay({ type: 'follow' })
    await replay({ message: { text: '秋田市', type: 'text' }, type: 'message' })
    await replay({ postback: { data: 'action=age&v=thirties' }, type: 'postback' })
    await replay({ postback: { data: 'action=interest&v=kosodate' }, type: 'postback' })
    await replay({ postback: { data: 'action=done' }, type: 'postback' })
    const resident = await waitUntil(
      'resident registered',
      async () =>
        (
          await callJson(`${sandbox.baseUrl}/api/line-subscribers?where[lineUserId][equals]=${RESIDENT}&depth=0`, {
            headers: admin.headers,
          })
        ).docs[0],
      (doc) => doc?.interests?.includes('kosodate'),
    )
    expect(resident).toMatchObject({ ageBand: 'thirties', followState: 'following', municipality: 'akita' })
  })

  it('builds a segment in the admin and shows how many it reaches', async () => {
    await page.goto(`${sandbox.baseUrl}/admin`)
    await page.locator('#field-email').fill(EDITOR)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'ログイン' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    await page.goto(`${sandbox.baseUrl}/admin/collections/line-segments/create`)
    await page.locator('#field-name').fill(SEGMENT)
    for (const [field, option] of [
      ['municipalities', '秋田市'],
      ['interests', '子育て'],
    ]) {
      await page.locator(`#field-${field} .rs__control`).click()
      await page.keyboard.type(option)
      await page.locator('.rs__option', { hasText: option }).first().click()
    }
    const expected = (await api('/line-segments/count', { json: RULE, method: 'POST' })).count as number
    expect(expected).toBeGreaterThanOrEqual(20)
    await page
      .getByTestId('line-segment-count')
      .getByText(`${expected.toLocaleString('ja-JP')} 人`)
      .waitFor()
    await page.getByRole('button', { name: '保存' }).click()
    await page.waitForURL(/\/line-segments\/\d+/)
    await shot('line-segment.png')
  })

  it('offers 横手市’s editor only 横手市 in the segment builder, and only 横手市’s segments', async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { height: 900, width: 1400 } })
    const municipal = await context.newPage()
    try {
      await municipal.goto(`${sandbox.baseUrl}/admin`)
      await municipal.locator('#field-email').fill('yokote.editor@akita-dx.example')
      await municipal.locator('#field-password').fill(DEMO_PASSWORD)
      await municipal.getByRole('button', { name: 'ログイン' }).click()
      await municipal.waitForURL((url) => !url.pathname.includes('/login'))
      await municipal.goto(`${sandbox.baseUrl}/admin/collections/line-segments`)
      const rows = municipal.locator('tbody tr')
      await rows.first().waitFor()
      expect(await rows.allInnerTexts()).toEqual([expect.stringContaining('横手市の友だち')])
      await municipal.goto(`${sandbox.baseUrl}/admin/collections/line-segments/create`)
      // A new segment starts from 横手市, and the list offers no other municipality.
      const chosen = municipal.locator('#field-municipalities .multi-value-label__text')
      await chosen.first().waitFor({ timeout: 30_000 })
      expect(await chosen.allInnerTexts()).toEqual(['横手市'])
      await municipal.waitForLoadState('networkidle')
      const menu = municipal.locator('#field-municipalities .rs__menu')
      for (let attempt = 0; attempt < 10 && !(await menu.isVisible()); attempt += 1) {
        await municipal.locator('#field-municipalities .rs__control').click()
        await menu.waitFor({ timeout: 3000 }).catch(() => undefined)
      }
      expect(await menu.locator('.rs__option').count()).toBe(0)
      await municipal
        .getByTestId('line-segment-count')
        .getByText(/^\d+ 人$/)
        .waitFor()
      await municipal.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-municipal-segment.png') })
    } finally {
      await context.close()
    }
  })

  it('links the editor’s phone by a one-time code shown on their account', async () => {
    const typed = await fetch(`${sandbox.baseUrl}/api/users/${editor.user.id}`, {
      body: JSON.stringify({ lineUserIds: [EDITOR_PHONE] }),
      headers: { ...editor.headers, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(typed.status).toBe(400)
    await page.goto(`${sandbox.baseUrl}/admin/account`)
    const panel = page.getByTestId('line-link')
    await panel.getByRole('button', { name: 'LINEを連携する' }).click()
    const code = (await panel.getByTestId('line-link-code').textContent())?.trim() ?? ''
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/)
    await shot('line-link-code.png')
    await emulator('/_emulator/webhook/events', {
      json: { events: [{ message: { text: code, type: 'text' }, source: { type: 'user', userId: EDITOR_PHONE }, type: 'message' }] },
      method: 'POST',
    })
    const me = await waitUntil(
      'phone linked',
      async () => (await api('/users/me')).user,
      (user) => Boolean(user?.lineUserIds?.includes(EDITOR_PHONE)),
    )
    expect(me.lineUserIds).toEqual([EDITOR_PHONE])
    await page.reload()
    await page.getByText(EDITOR_PHONE).first().waitFor()
    await shot('line-linked.png')
  })

  /** 広報広聴課's approver signs in elsewhere, finds the request on the dashboard and approves it. */
  const approveAsSecondUser = async () => {
    const context = await browser.newContext({ locale: 'ja-JP', viewport: { height: 900, width: 1400 } })
    const other = await context.newPage()
    await other.goto(`${sandbox.baseUrl}/admin`)
    await other.locator('#field-email').fill(APPROVER)
    await other.locator('#field-password').fill(DEMO_PASSWORD)
    await other.getByRole('button', { name: 'ログイン' }).click()
    await other.waitForURL((url) => !url.pathname.includes('/login'))
    const notice = other.getByTestId('line-awaiting-approval')
    await notice.getByText('承認待ちの配信が 1 件あります').waitFor()
    await other.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-approval-dashboard.png') })
    await notice.getByRole('link').first().click()
    const approval = other.getByTestId('line-approval')
    await approval.getByText('承認待ちです').waitFor()
    await other.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-approval.png') })
    other.once('dialog', (dialog) => void dialog.accept())
    await approval.getByRole('button', { name: '承認して配信する' }).click()
    await other.getByTestId('line-approval').getByText('承認されました').waitFor({ timeout: 30_000 })
    await context.close()
  }

  it('previews, test-sends, requests a live send, and it goes out once a second user approves it', async () => {
    const created = await api('/announcements', {
      json: {
        _status: 'published',
        category: 'kosodate',
        department: editor.user.department?.id ?? editor.user.department,
        links: [{ label: '申請ページを見る', url: TARGET }],
        municipalities: ['akita'],
        summary: '秋田市の子育て世帯に、冬の暖房費の一部を助成します。申請は1月31日まで。',
        title: '子育て世帯の冬季暖房費助成 申請受付中',
      },
      method: 'POST',
    })
    announcementId = created.doc.id
    await emulator('/_emulator/reset', { json: {}, method: 'POST' })

    await page.goto(`${sandbox.baseUrl}/admin/collections/announcements/${announcementId}`)
    const panel = page.getByTestId('line-send')
    await panel
      .getByTestId('line-send-preview')
      .getByText('通知: 【秋田県】子育て世帯の冬季暖房費助成 申請受付中')
      .waitFor({ timeout: 60_000 })
    await panel.getByRole('button', { name: 'テスト送信する' }).click()
    const test = panel.getByTestId('line-send-created').first()
    await test.getByText('完了').waitFor({ timeout: 30_000 })
    expect((await emulator('/_emulator/deliveries?summary=1')).perUser).toEqual({ [EDITOR_PHONE]: 1 })
    await emulator('/_emulator/reset', { json: {}, method: 'POST' })

    await panel.getByLabel('本配信').check()
    await panel.getByLabel(SEGMENT).check()
    const expected = (await api('/line-segments/count', { json: RULE, method: 'POST' })).count as number
    await panel
      .getByTestId('line-send-count')
      .getByText(`配信対象 ${expected.toLocaleString('ja-JP')} 人`)
      .waitFor()
    page.once('dialog', (dialog) => void dialog.accept())
    await panel.getByRole('button', { name: '承認を依頼する' }).click()
    const live = panel.getByTestId('line-send-created').first()
    await live.getByText('承認待ち').first().waitFor()
    await shot('line-send-requested.png')
    await approveAsSecondUser()
    await live.getByText('完了').waitFor({ timeout: 60_000 })
    await live.getByText(`${expected.toLocaleString('ja-JP')} / ${expected.toLocaleString('ja-JP')} 人に送信`).waitFor()
    liveId = /#(\d+)/.exec((await live.getByRole('link').innerText()) ?? '')![1]
    // The results panel below lists the new delivery without a reload.
    await page.getByTestId('line-analytics-document').getByRole('link', { name: '詳細' }).first().waitFor()
    await shot('line-send-panel.png')

    // Exactly the segment's members received it, once each.
    // Page by page: the REST API answers at most 100 rows at a time.
    const subscribers: Record<string, any>[] = []
    for (let n = 1; ; n += 1) {
      const found = await callJson(`${sandbox.baseUrl}/api/line-subscribers?limit=100&page=${n}&depth=0`, { headers: admin.headers })
      subscribers.push(...found.docs)
      if (!found.hasNextPage) break
    }
    const members = subscribers.filter((s) => s.followState === 'following' && matchesRule(RULE, s)).map((s) => s.lineUserId)
    expect(members).toContain(RESIDENT)
    expect(members).toHaveLength(expected)
    const report = await emulator('/_emulator/deliveries?summary=1')
    // The requester's own LINE was told of the approval (once); everyone else reached is a member.
    const { [EDITOR_PHONE]: toRequester, ...toResidents } = report.perUser as Record<string, number>
    expect(toRequester).toBe(1)
    expect(Object.keys(toResidents).sort()).toEqual([...members].sort())
    expect(Object.values(report.perUser).every((n) => n === 1)).toBe(true)
  }, 180_000)

  it('counts the resident’s taps on the tracked link and shows them with LINE’s figures in 「配信分析」', async () => {
    // The resident's message carries a tracked link in place of the announcement's URL.
    const { links } = await api(`/line-analytics/deliveries/${liveId}`)
    const tracked = `${sandbox.baseUrl}/l/${(links as { code: string; url: string }[]).find((l) => l.url === TARGET)!.code}`
    const sent = await emulator(`/_emulator/deliveries?userId=${RESIDENT}&endpoint=multicast`)
    const received = JSON.stringify(sent.messages[0].messages)
    expect(received).toContain(tracked)
    expect(received).not.toContain(TARGET)
    const phone: BrowserContext = await browser.newContext({ locale: 'ja-JP', userAgent: PHONE_UA })
    const tap = await phone.newPage()
    for (let i = 0; i < 3; i++) {
      await tap.goto(tracked)
      expect(tap.url()).toBe(TARGET)
    }
    await phone.close()
    await emulator('/_emulator/config', { json: { simulateEngagement: { clickRate: 0.3, openRate: 0.8, seed: 11 } }, method: 'PUT' })

    await page.goto(`${sandbox.baseUrl}/admin/line-analytics?delivery=${liveId}`)
    // The period is shown in Japanese order, whatever order the browser's own date fields use.
    await expect(page.locator('input[name="to"]').inputValue()).resolves.toMatch(/^\d{4}\/\d{2}\/\d{2}$/)
    const detail = page.getByTestId('line-analytics-delivery')
    const linkRow = detail.locator('tr', { hasText: TARGET })
    await waitUntil(
      'clicks flushed',
      async () => (await api(`/line-analytics/deliveries/${liveId}`)).clicks,
      (n) => n === 3,
      15_000,
    )
    await page.reload()
    await linkRow.waitFor()
    expect(await linkRow.locator('td').nth(2).innerText()).toBe('3')
    expect(await linkRow.locator('td').nth(3).innerText()).toBe('1')
    await detail.getByRole('button', { name: 'LINEの統計を今すぐ取得' }).click()
    await detail.getByRole('status').getByText('取得しました。').waitFor()
    await detail.getByText('手動取得').waitFor({ timeout: 30_000 })
    const figures = await api(`/line-analytics/deliveries/${liveId}`)
    expect(figures.lineStatistics).toBe('ready')
    expect(figures.uniqueImpressions).toBeGreaterThanOrEqual(20)
    await detail
      .getByText(`（${figures.openRate.toFixed(1)}%）`)
      .first()
      .waitFor()
    expect(await page.locator('svg.recharts-surface').count()).toBeGreaterThan(0)
    // The deliveries table names the live send's segment and category, not 「セグメントなし」/「未分類」.
    const row = page.getByTestId('line-analytics-deliveries').locator('tbody tr', { hasText: '子育て世帯の冬季暖房費助成' })
    expect(await row.count()).toBe(1)
    expect(await row.locator('td').nth(1).innerText()).toBe(SEGMENT)
    expect(await row.locator('td').nth(2).innerText()).toBe('子育て')
    await shot('line-analytics-dashboard.png')
  }, 120_000)
})
