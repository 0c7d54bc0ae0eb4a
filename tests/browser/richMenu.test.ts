import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import path from 'node:path'

import { DEMO_PASSWORD } from '../../seed/organisation'
import { ARTIFACTS_DIR, launchBrowser } from '@akita-dx/test-support/browser'
import { solidPng } from '@akita-dx/test-support/line'
import { callJson, login, type Sandbox, startSandbox, waitUntil } from './lineSandbox'

const EDITOR = 'editor@akita-dx.example'

/**
 * 広報広聴課's editor at the account's own tools. A rich menu: the image with its three tap areas
 * drawn over it, then 「LINEに公開する」, after which the sidebar says when it went on LINE and the
 * emulator has it as the account's default menu. The seeded welcome series (ステップ配信): a new
 * follower gets its day 0 from the server's own scheduler, and the series' page counts them.
 */
describe('rich menus and step series in the admin', () => {
  let sandbox: Sandbox
  let browser: Browser
  let closeBrowser: () => Promise<void>
  let page: Page
  let editor: { headers: Record<string, string> }
  let menuId: number | string

  beforeAll(async () => {
    sandbox = await startSandbox()
    editor = await login(sandbox.baseUrl, EDITOR, DEMO_PASSWORD)
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(solidPng(2500, 843))], { type: 'image/png' }), 'richmenu-2500x843.png')
    form.append('_payload', JSON.stringify({ alt: '秋田県公式LINEのメニュー' }))
    const image = await callJson(`${sandbox.baseUrl}/api/media`, { body: form, headers: editor.headers, method: 'POST' })
    const third = Math.floor(2500 / 3)
    const created = await callJson(`${sandbox.baseUrl}/api/line-rich-menus`, {
      headers: editor.headers,
      json: {
        areas: [
          { action: 'uri', height: 843, label: '支援制度を探す', uri: `${sandbox.baseUrl}/subsidies`, width: third, x: 0, y: 0 },
          { action: 'message', height: 843, label: '登録内容の確認', text: 'マイデータ', width: third, x: third, y: 0 },
          { action: 'message', height: 843, label: '登録の変更', text: '設定', width: 2500 - 2 * third, x: 2 * third, y: 0 },
        ],
        chatBarText: 'メニュー',
        image: image.doc.id,
        name: '既定のメニュー（ブラウザテスト）',
        target: 'default',
      },
      method: 'POST',
    })
    menuId = created.doc.id
    ;({ browser, close: closeBrowser } = await launchBrowser())
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { height: 1000, width: 1400 } })
    page = await context.newPage()
    await page.goto(`${sandbox.baseUrl}/admin`)
    await page.locator('#field-email').fill(EDITOR)
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'ログイン' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
  }, 240_000)

  afterAll(async () => {
    await closeBrowser?.()
    await sandbox?.stop()
  })

  it('draws the tap areas on the image and publishes the menu as the default on LINE', async () => {
    await page.goto(`${sandbox.baseUrl}/admin/collections/line-rich-menus/${menuId}`)
    const preview = page.getByTestId('rich-menu-preview')
    await preview.waitFor({ timeout: 60_000 })
    await expect(preview.getByTestId('rich-menu-area').allInnerTexts()).resolves.toEqual([
      '1 支援制度を探す',
      '2 登録内容の確認',
      '3 登録の変更',
    ])
    await expect(preview.locator('figcaption').innerText()).resolves.toBe('画像 2500×843 px・タップ領域 3 個')
    // Each box covers its share of the image: the middle third starts a third of the way across.
    const [img, middle] = [await preview.locator('img').boundingBox(), await preview.getByTestId('rich-menu-area').nth(1).boundingBox()]
    expect(Math.abs(middle!.x - img!.x - img!.width / 3)).toBeLessThan(2)
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-rich-menu.png') })

    const panel = page.getByTestId('rich-menu-publish')
    page.once('dialog', (dialog) => void dialog.accept())
    await panel.getByRole('button', { name: 'LINEに公開する' }).click()
    await panel.getByText('セグメントのメニューがない友だち全員に表示しています。').waitFor({ timeout: 30_000 })
    await expect(panel.innerText()).resolves.toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} に公開しました。/)
    const onLine = await waitUntil(
      'default rich menu on LINE',
      () => callJson(`${sandbox.emulatorUrl}/_emulator/richmenus`),
      (state) => Boolean(state.defaultRichMenuId),
    )
    expect(onLine.richMenus).toHaveLength(1)
    expect(onLine.richMenus[0]).toMatchObject({ chatBarText: 'メニュー', image: { height: 843, width: 2500 } })
    // Published and unchanged, there is nothing to publish again: only the withdrawal is offered.
    await expect(panel.getByRole('button').allInnerTexts()).resolves.toEqual(['公開を取りやめる'])
    await preview.getByTestId('rich-menu-area').first().waitFor({ timeout: 30_000 })
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-rich-menu-published.png') })
  }, 120_000)

  it('shows a step series by day with its reach, once the scheduler has sent day 0 to a new follower', async () => {
    const { docs } = await callJson(`${sandbox.baseUrl}/api/line-step-series?where[name][equals]=友だち追加のごあいさつ`, {
      headers: editor.headers,
    })
    const userId = `U${'5'.repeat(32)}`
    await callJson(`${sandbox.emulatorUrl}/_emulator/webhook/events`, {
      json: { events: [{ source: { type: 'user', userId }, type: 'follow' }] },
      method: 'POST',
    })
    // The scheduler looks for due steps at the top of every minute.
    await waitUntil(
      'day 0 of the welcome series pushed',
      () => callJson(`${sandbox.emulatorUrl}/_emulator/deliveries?endpoint=push&userId=${userId}`),
      (report) => report.total >= 1,
      75_000,
    )
    await page.goto(`${sandbox.baseUrl}/admin/collections/line-step-series/${docs[0].id}`)
    const figures = page.getByTestId('line-step-statistics')
    await figures.waitFor({ timeout: 60_000 })
    await expect(figures.getByTestId('line-step-row-0').innerText()).resolves.toMatch(/^0日後\s+1\s+0\s+0$/)
    await expect(figures.getByTestId('line-step-row-3').innerText()).resolves.toMatch(/^3日後\s+0\s+0\s+0$/)
    await expect(figures.locator('p').innerText()).resolves.toBe('開始 1 人（配信中 1 人・完了 0 人）')
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'line-step-series.png') })
    // Rows are named by their day and text, not 「ステップ 01」.
    await expect(page.locator('.array-field__row-header').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('0日後：秋田県公式LINEを友だち追加'),
      expect.stringContaining('3日後：大雨・大雪・クマの出没'),
      expect.stringContaining('7日後：登録内容はいつでも'),
    ])
  }, 150_000)
})
