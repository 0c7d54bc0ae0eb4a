import type { Browser, BrowserContext, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import axe from 'axe-core'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DEMO_PASSWORD } from '../../seed/organisation'
import { ARTIFACTS_DIR, launchBrowser } from '@akita-dx/test-support/browser'
import { freePort, type SpawnedServer, spawnServer, waitForHealthy } from '@akita-dx/test-support/spawn'

const EDITOR = 'sangyo.editor@akita-dx.example'

type AxeViolation = { id: string; impact: null | string; nodes: { target: unknown }[] }

/**
 * The founders' portal as a founder uses it, on the built product with the demo data: a phone,
 * no JavaScript, the keyboard; each page checked by axe-core and photographed.
 */
describe('the founders’ portal', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-portal-browser-'))
  let server: SpawnedServer
  let baseUrl: string
  let browser: Browser
  let closeBrowser: () => Promise<void>
  let context: BrowserContext
  let page: Page
  let axePage: Page

  const shot = (name: string) => page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, name) })
  const api = async (url: string) => (await fetch(`${baseUrl}/api/public${url}`)).json() as Promise<any>
  /**
   * Serious and critical violations axe-core finds on the page now shown. axe needs timers, which
   * do not run where JavaScript is off, so it reads the same URL in a tab of its own.
   */
  const axeViolations = async (): Promise<AxeViolation[]> => {
    await axePage.goto(page.url())
    await axePage.evaluate(axe.source)
    const result = await axePage.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }))
    return (result.violations as AxeViolation[]).filter((v) => v.impact === 'serious' || v.impact === 'critical')
  }
  const meta = (selector: string) => page.locator(selector).first().getAttribute('content')

  beforeAll(async () => {
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    server = await spawnServer({
      DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
      DEMO_MODE: 'true',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'browser-portal-secret',
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SERVE_ADMIN: 'true',
    })
    await waitForHealthy(server, baseUrl, 180_000)
    ;({ browser, close: closeBrowser } = await launchBrowser())
    // A phone without JavaScript: every page must work as plain HTML.
    context = await browser.newContext({
      javaScriptEnabled: false,
      locale: 'ja-JP',
      timezoneId: 'Asia/Tokyo',
      viewport: { height: 844, width: 390 },
    })
    page = await context.newPage()
    page.setDefaultTimeout(30_000)
    // axe is evaluated through the devtools protocol, which the page's Content-Security-Policy does not govern.
    axePage = await browser.newContext({ locale: 'ja-JP', viewport: { height: 844, width: 390 } }).then((c) => c.newPage())
    axePage.setDefaultTimeout(30_000)
  }, 240_000)

  afterAll(async () => {
    await closeBrowser?.()
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
    fs.rmSync(dataDir, { force: true, recursive: true })
  })

  it('the top page shows what closes soon and searches by keyboard alone, without JavaScript', async () => {
    await page.goto(baseUrl)
    expect(await page.title()).toContain('あきた起業支援ナビ')
    expect(new URL((await meta('meta[property="og:url"]')) ?? '').href).toBe(`${baseUrl}/`)
    const closing = await api('/subsidies?status=closing_soon&limit=6')
    const section = page.locator('section', { has: page.getByRole('heading', { name: '締切間近' }) })
    expect(await section.locator('.card-title').allInnerTexts()).toEqual(closing.docs.map((d: any) => d.title))
    expect(await axeViolations()).toEqual([])
    await shot('portal-top.png')

    await page.getByRole('searchbox', { name: 'キーワード' }).focus()
    await page.keyboard.type('創業')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/subsidies\?/)
    const found = await api('/subsidies?q=%E5%89%B5%E6%A5%AD')
    await expect(page.getByRole('heading', { name: `${found.totalDocs}件の支援制度` }).count()).resolves.toBe(1)
    // Each hit marks where 創業 matched, as the API's highlight says, and the order is relevance.
    const marked = found.docs.filter((doc: any) => doc.highlight?.matches.length).length
    expect(marked).toBeGreaterThan(0)
    await expect(page.locator('.subsidy-card', { has: page.locator('mark') }).count()).resolves.toBe(marked)
    expect(new Set(await page.locator('.subsidy-card mark').allInnerTexts())).toEqual(new Set(['創業']))
    await expect(page.locator('select[name="sort"] option').first().textContent()).resolves.toBe('関連度順')
    expect(await axeViolations()).toEqual([])
    await shot('portal-search-keyword.png')
  })

  it('the search shows the counts each choice would find and a URL to share', async () => {
    await page.goto(`${baseUrl}/subsidies?municipality=yokote`)
    const loans = await api('/subsidies?municipality=yokote&kind=loan')
    await expect(page.locator('select[name="kind"] option[value="loan"]').textContent()).resolves.toBe(`融資（${loans.totalDocs}件）`)
    await page.getByText('業種・種類・従業員数', { exact: false }).click()
    await page.locator('select[name="kind"]').selectOption('loan')
    await page.getByRole('button', { name: 'この条件で探す' }).click()
    await page.waitForURL((url) => url.searchParams.get('kind') === 'loan')
    expect(new URL(page.url()).searchParams.get('municipality')).toBe('yokote')
    expect(await page.locator('.subsidy-card .card-title').allInnerTexts()).toEqual(loans.docs.map((d: any) => d.title))
    expect(await axeViolations()).toEqual([])
    await shot('portal-search.png')

    await page.goto(`${baseUrl}/subsidies?employees=abc`)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('従業員数：')
  })

  it('a programme’s page has its facts, structured data and sharing tags, and never a draft edit', async () => {
    const [first] = (await api('/subsidies?q=%E5%89%B5%E6%A5%AD&limit=1')).docs
    const login = await (
      await fetch(`${baseUrl}/api/users/login`, {
        body: JSON.stringify({ email: EDITOR, password: DEMO_PASSWORD }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
    ).json()
    const edit = await fetch(`${baseUrl}/api/subsidies/${first.id}?draft=true`, {
      body: JSON.stringify({ title: '編集中の題名（未公開）' }),
      headers: { authorization: `JWT ${login.token}`, 'content-type': 'application/json' },
      method: 'PATCH',
    })
    expect(edit.status).toBe(200)

    await page.goto(`${baseUrl}/subsidies/${first.slug}`)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe(first.title)
    expect(await page.content()).not.toContain('編集中の題名')
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${baseUrl}/subsidies/${first.slug}`)
    expect(await meta('meta[property="og:title"]')).toContain(first.title)
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
    expect(data).toMatchObject({ '@context': 'https://schema.org', name: first.title, url: `${baseUrl}/subsidies/${first.slug}` })
    expect(['GovernmentService', 'MonetaryGrant']).toContain(data['@type'])
    await expect(page.locator('.facts-main').innerText()).resolves.toMatch(/受付期間\s+(\d{4}\/\d{2}\/\d{2}〜|通年受付)/)
    expect(await axeViolations()).toEqual([])
    await shot('portal-subsidy.png')
  })

  it('stories list and read with the programmes the founder used; unknown pages are a Japanese 404', async () => {
    const stories = await api('/stories')
    await page.goto(`${baseUrl}/stories`)
    expect(await page.locator('.story-card').count()).toBe(Math.min(stories.totalDocs, 20))
    expect(await axeViolations()).toEqual([])
    const story = await api(`/stories/${stories.docs[0].slug}`)
    await page.goto(`${baseUrl}/stories/${story.slug}`)
    expect(await page.locator('.subsidy-card .card-title').allInnerTexts()).toEqual(story.programmes.map((p: any) => p.title))
    expect(await axeViolations()).toEqual([])
    await shot('portal-story.png')

    // An unknown path is whole HTML; an unknown slug's page is drawn by Next's client (a 404 all the same).
    const unknown = await page.goto(`${baseUrl}/no/such/page`)
    expect(unknown?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ページが見つかりません')
    expect(await axeViolations()).toEqual([])
    for (const missing of ['/subsidies/no-such-programme', '/stories/no-such-story']) {
      const res = await axePage.goto(`${baseUrl}${missing}`)
      expect(res?.status()).toBe(404)
      await expect(axePage.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('ページが見つかりません')
    }
    await shot('portal-404.png')
  })

  it('the LINE account’s privacy notice is linked from every page and states the periods the retention jobs apply', async () => {
    await page.goto(`${baseUrl}/stories`)
    await page.getByRole('link', { name: 'LINE公式アカウントの個人情報の取扱い' }).click()
    await page.waitForURL(/\/privacy$/)
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('秋田県公式LINEアカウントにおける個人情報の取扱い')
    const period = (name: string) =>
      page
        .getByRole('row', { name: new RegExp(`^${name}`) })
        .locator('td')
        .innerText()
    // The app's configuration leaves every period at the plugins' defaults.
    await expect(period('お問い合わせと回答')).resolves.toBe('受信から365日')
    await expect(period('お知らせの宛先の記録')).resolves.toBe('送信から90日（件数だけを残します）')
    await expect(period('受信したメッセージの処理記録')).resolves.toBe('30日')
    await expect(period('リンクを開いた記録')).resolves.toBe('400日（日ごとの件数だけを残します）')
    await expect(page.locator('article').innerText()).resolves.toContain('「マイデータ」と送ると')
    expect(await axeViolations()).toEqual([])
    await shot('portal-privacy.png')
  })

  it('診断 asks five questions and shows what fits with why, and what is one condition short with why not', async () => {
    await page.goto(baseUrl)
    await page.getByRole('link', { name: 'かんたん診断（5つの質問）' }).click()
    await page.waitForURL(/\/shindan$/)
    await page.getByLabel('事業を行う場所').selectOption({ label: '横手市' })
    await page.getByLabel('事業のステージ').selectOption('founding')
    await page.getByLabel('従業員数（役員を除く）').fill('3')
    await page.getByLabel('目的').selectOption('new_business')
    await page.getByRole('button', { name: '診断する' }).click()
    await page.waitForURL((url) => url.searchParams.get('municipality') === 'yokote')
    const expected = await api(`/diagnosis?${new URL(page.url()).searchParams}`)
    expect(expected.matches.length).toBeGreaterThan(0)
    const matches = page.locator('section', { has: page.locator('#matches') })
    await expect(matches.locator('#matches').innerText()).resolves.toBe(`使える可能性がある制度（${expected.totalMatches}件）`)
    expect(await matches.locator('.card-title').allInnerTexts()).toEqual(expected.matches.map((m: any) => m.title))
    await expect(matches.locator('.reasons').first().innerText()).resolves.toContain(`✓ ${expected.matches[0].reasons[0]}`)
    if (expected.nearMisses.length) {
      const near = page.locator('section', { has: page.locator('#near') })
      await expect(near.locator('.reasons.unmet').first().innerText()).resolves.toBe(`✕ ${expected.nearMisses[0].unmet[0]}`)
    }
    expect(await axeViolations()).toEqual([])
    await shot('portal-shindan.png')
  })

  it('search engines get a sitemap of every published page and a robots.txt that points to it', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    const all = await api('/subsidies?status=all&limit=100')
    for (const doc of all.docs) expect(sitemap).toContain(`<loc>${baseUrl}/subsidies/${doc.slug}</loc>`)
    const robots = await (await fetch(`${baseUrl}/robots.txt`)).text()
    expect(robots).toContain(`Sitemap: ${baseUrl}/sitemap.xml`)
    expect(robots).toContain('Disallow: /admin')
  })
})
