import type { Browser, Page } from 'playwright-core'

import { ARTIFACTS_DIR, launchBrowser } from '@akita-dx/test-support/browser'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'

import { DEMO_PASSWORD } from '../../seed/organisation'
import { callJson, login, type Sandbox, startSandbox } from './lineSandbox'

const EDITOR = 'editor@akita-dx.example'

/**
 * The admin is Japanese first, and an editor who chose English gets English: every text the
 * plugins draw themselves (panels, views, widgets) comes from their translation files.
 */
describe('the admin in English', () => {
  let sandbox: Sandbox
  let browser: Browser
  let closeBrowser: () => Promise<void>
  let page: Page

  beforeAll(async () => {
    sandbox = await startSandbox()
    ;({ browser, close: closeBrowser } = await launchBrowser())
    const context = await browser.newContext({ locale: 'en-GB', viewport: { height: 900, width: 1400 } })
    await context.addCookies([{ name: 'payload-lng', url: sandbox.baseUrl, value: 'en' }])
    page = await context.newPage()
    await page.goto(`${sandbox.baseUrl}/admin`)
    await page.locator('#field-email').fill(EDITOR)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL(/\/admin\/?$/)
  }, 240_000)

  afterAll(async () => {
    await closeBrowser?.()
    await sandbox?.stop()
  })

  it('shows the LINE send panel and the delivery results of an announcement in English', async () => {
    const editor = await login(sandbox.baseUrl, EDITOR, DEMO_PASSWORD)
    const { docs } = await callJson(`${sandbox.baseUrl}/api/announcements?limit=1&where[_status][equals]=published&depth=0`, {
      headers: editor.headers,
    })
    await page.goto(`${sandbox.baseUrl}/admin/collections/announcements/${docs[0].id}`)
    const panel = page.getByTestId('line-send')
    await panel.getByRole('heading', { name: 'Send on LINE' }).waitFor()
    await panel.getByRole('button', { name: 'Send a test' }).waitFor()
    await panel.getByText('Preview (of the saved document, drawn from the JSON that is sent)').waitFor()
    await page.getByText('LINE delivery results').first().waitFor()
    const text = await panel.innerText()
    for (const japanese of ['LINEで配信', 'テスト送信する', '本配信', 'プレビュー', '配信予定日時']) expect(text).not.toContain(japanese)
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-send-panel-en.png') })
  }, 120_000)

  it('shows 配信分析 as Delivery analytics, with its filters and figures in English', async () => {
    await page.goto(`${sandbox.baseUrl}/admin/line-analytics`)
    await page.getByRole('heading', { name: 'Delivery analytics' }).waitFor()
    const text = await page.locator('main, .template-default').first().innerText()
    for (const japanese of ['配信分析', '期間', '担当課', 'クリック率', '絞り込む']) expect(text).not.toContain(japanese)
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-analytics-en.png') })
  }, 120_000)
})
