import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DEMO_PASSWORD } from '../../seed/organisation'
import { ARTIFACTS_DIR, launchBrowser } from '@akita-dx/test-support/browser'
import { freePort, type SpawnedServer, spawnServer, waitForHealthy } from '@akita-dx/test-support/spawn'

describe('the admin in a browser (built product, demo data)', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-browser-'))
  let server: SpawnedServer
  let baseUrl: string
  let browser: Browser
  let closeBrowser: () => Promise<void>
  let page: Page

  beforeAll(async () => {
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    server = await spawnServer({
      DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
      DEMO_MODE: 'true',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'browser-test-secret',
      PORT: String(port),
      SERVE_ADMIN: 'true',
    })
    await waitForHealthy(server, baseUrl, 120_000)
    ;({ browser, close: closeBrowser } = await launchBrowser())
    // An English browser on purpose: the admin must still come up in Japanese.
    // In Japan time, as the prefecture's offices are: Payload shows dates in the browser's zone.
    const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Tokyo', viewport: { height: 900, width: 1400 } })
    page = await context.newPage()
  })

  afterAll(async () => {
    await closeBrowser?.()
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
    fs.rmSync(dataDir, { force: true, recursive: true })
  })

  it('logs the seeded editor in to a Japanese admin', async () => {
    await page.goto(`${baseUrl}/admin`)
    await page.locator('#field-email').fill('editor@akita-dx.example')
    await page.locator('#field-password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'ログイン' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/login'))
    expect(await page.locator('html').getAttribute('lang')).toBe('ja')
    await page.getByText('関係課').first().waitFor()
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'admin-dashboard.png') })
  })

  it('creates an announcement draft in Japanese', async () => {
    await page.goto(`${baseUrl}/admin/collections/announcements/create`)
    await page
      .locator('#field-title')
      .waitFor({ timeout: 60_000 })
      .catch(async (error) => {
        await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'announcement-create-failed.png') })
        throw error
      })
    const title = '【テスト】大雪に伴う県道の通行止めについて'
    await page.locator('#field-title').fill(title)
    const summary = '大雪のため、県道の一部区間を通行止めとしています。最新の道路情報をご確認ください。'
    await page.locator('#field-summary').fill(summary)
    // The LINE message's texts count as they are typed, against their limits.
    await page
      .getByTestId('length-title')
      .getByText(`${[...title].length} / 100 文字`)
      .waitFor()
    await page
      .getByTestId('length-summary')
      .getByText(`${[...summary].length} / 120 文字`)
      .waitFor()
    await page.locator('#field-summary').fill(summary.repeat(3))
    await page
      .getByTestId('length-summary')
      .getByText(`${[...summary].length * 3} / 120 文字（${[...summary].length * 3 - 120} 文字多すぎます）`)
      .waitFor()
    await page.locator('#field-summary').fill(summary)
    await page.getByRole('button', { name: '下書きを保存' }).click()
    await page.waitForURL(/\/admin\/collections\/announcements\/\d+/)
    // The saved draft opens for editing (its version history is readable to its editor).
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    expect(await page.locator('#field-title').inputValue()).toBe(title)
    expect(await page.locator('#field-title').isEditable()).toBe(true)
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'announcement-draft.png') })

    const login = await fetch(`${baseUrl}/api/users/login`, {
      body: JSON.stringify({ email: 'editor@akita-dx.example', password: DEMO_PASSWORD }),
      headers: { 'content-type': 'application/json' },
      method: 'POST',
    })
    const { token } = (await login.json()) as { token: string }
    const res = await fetch(`${baseUrl}/api/announcements?draft=true&where[title][equals]=${encodeURIComponent(title)}`, {
      headers: { authorization: `JWT ${token}` },
    })
    const body = (await res.json()) as { docs: { _status: string; title: string }[] }
    expect(body.docs).toHaveLength(1)
    expect(body.docs[0]._status).toBe('draft')
    // Drafts never reach anonymous readers.
    const anonymous = (await (await fetch(`${baseUrl}/api/announcements?where[title][equals]=${encodeURIComponent(title)}`)).json()) as {
      docs: unknown[]
    }
    expect(anonymous.docs).toHaveLength(0)
  })

  it('greets the editor with the three steps, their draft and the recent deliveries, without the bookkeeping collections', async () => {
    await page.goto(`${baseUrl}/admin`)
    const guide = page.getByTestId('editor-guide')
    await guide.waitFor({ timeout: 60_000 })
    const text = await guide.innerText()
    for (const step of ['① お知らせを書く', '② LINE で配信', '③ 結果を見る']) expect(text).toContain(step)
    expect(text).toMatch(/【テスト】大雪に伴う県道の通行止めについて（\d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 更新）/)
    expect(await guide.getByRole('link', { name: 'お知らせを書く' }).getAttribute('href')).toBe('/admin/collections/announcements/create')
    await page.getByTestId('line-recent-deliveries').getByText('最近のLINE配信').waitFor()
    const nav = await page.locator('nav').first().innerText()
    for (const internal of ['計測リンク', 'LINE統計スナップショット', '投票']) expect(nav).not.toContain(internal)
    expect(nav).toContain('お知らせ')
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'editor-dashboard.png') })
  })

  it('shows the editor the draft they saved, and their login, in the audit log', async () => {
    await page.goto(`${baseUrl}/admin/collections/audit-events`)
    const row = page.locator('tr', { hasText: '【テスト】大雪に伴う県道の通行止めについて' }).first()
    await row.waitFor({ timeout: 60_000 })
    expect(await row.innerText()).toContain('作成')
    // The department is read back by name, and the time is Japan time as yyyy/MM/dd.
    await row.getByText('広報広聴課').waitFor({ timeout: 30_000 })
    expect(await row.innerText()).toMatch(/\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}/)
    await page.getByRole('button', { name: 'CSV で出力' }).waitFor()
    expect(await page.locator('tr', { hasText: 'ログイン' }).count()).toBeGreaterThan(0)
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'audit-log.png') })
  })

  it('shows similar ideas while a new idea is being written', async () => {
    await page.goto(`${baseUrl}/admin/collections/ideas/create`)
    await page.locator('#field-title').waitFor({ timeout: 60_000 })
    await page.locator('#field-title').fill('除雪車の位置を地図で見られるようにしたい')
    const similar = page.getByTestId('similar-ideas')
    await similar.waitFor({ timeout: 30_000 })
    expect(await similar.innerText()).toContain('除雪車の作業状況を地図で公開')
    await page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, 'idea-similar.png') })
  })

  it('serves the admin and the API from one Payload instance', () => {
    expect(server.output()).not.toMatch(/Payload initialised \d+ times in this process/)
  })
})
