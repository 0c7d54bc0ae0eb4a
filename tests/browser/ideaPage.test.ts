import type { Browser, Page } from 'playwright-core'

import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type SeedComment, SEED_IDEAS } from '../../seed/data/ideas'
import { DEMO_PASSWORD, DEMO_USERS } from '../../seed/organisation'
import { ARTIFACTS_DIR, launchBrowser } from '@akita-dx/test-support/browser'
import { freePort, type SpawnedServer, spawnServer, waitForHealthy } from '@akita-dx/test-support/spawn'

const STAFF = 'staff@akita-dx.example'
// Another department's member of staff, who comments on the idea 伊藤 翔 follows.
const COLLEAGUE = 'kodomo.staff@akita-dx.example'
const COLLEAGUE_COMMENT = '子育て支援課でも旅費の精算が月末に集中しています。'
// デジタル政策課's idea under consideration (検討中): still open to votes, and answered.
const TITLE = '電子決裁の対象を支出負担行為と旅行命令に広げる'
const COMMENT = '旅行命令は件数が多いので効果が大きいと思います。'
const JST_DATE_TIME = /(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2})/

type Thread = {
  comments: { body: null | string }[]
  following: boolean
  officialAnswer: null | { answeredAt: string }
  voted: boolean
  votesCount: number
}

/** The instant a `yyyy/MM/dd HH:mm` on the page stands for, read as Japan time. */
const jstInstant = (text: string): number => {
  const m = JST_DATE_TIME.exec(text)
  if (!m) throw new Error(`no yyyy/MM/dd HH:mm in ${JSON.stringify(text)}`)
  return Date.parse(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+09:00`)
}

const flatten = (comments: SeedComment[]): string[] => comments.flatMap((c) => [c.body, ...flatten(c.replies ?? [])])

/**
 * The idea page as a member of staff uses it, on the built product with the demo data: the
 * department's answer with its time, 賛成する and taking it back, a comment, and follow, each
 * kept by the server across a reload.
 */
describe('the idea box’s idea page in the admin', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-idea-browser-'))
  const seed = SEED_IDEAS.find((idea) => idea.title === TITLE)
  const staffName = DEMO_USERS.find((user) => user.email === STAFF)?.name
  let server: SpawnedServer
  let baseUrl: string
  let browser: Browser
  let closeBrowser: () => Promise<void>
  let page: Page
  let ideaId: string

  const shot = (name: string) => page.screenshot({ fullPage: true, path: path.join(ARTIFACTS_DIR, name) })
  const failing = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run()
    } catch (error) {
      await shot('idea-page-failed.png').catch(() => undefined)
      throw error
    }
  }
  const discussion = () => page.getByTestId('idea-discussion')
  const button = (name: string) => discussion().getByRole('button', { exact: true, name })
  const thread = async (): Promise<Thread> => {
    const { body, status } = await fromPage(page, 'GET', `/api/ideas/${ideaId}/thread`)
    expect(status).toBe(200)
    return body as Thread
  }
  const shownVotes = async (): Promise<number> => {
    const text = await discussion().getByTestId('idea-votes').innerText()
    const m = /賛成 (\d+)/.exec(text)
    if (!m) throw new Error(`no vote count in ${JSON.stringify(text)}`)
    return Number(m[1])
  }
  const votesShown = (count: number): Promise<void> =>
    discussion()
      .getByTestId('idea-votes')
      .filter({ hasText: new RegExp(`^賛成 ${count}$`) })
      .waitFor({ timeout: 15_000 })
  // Loaded after hydration from the thread endpoint: once a button is there, clicks reach React.
  const discussionReady = () =>
    button('コメントを投稿')
      .waitFor({ timeout: 60_000 })
      .then(() => discussion().getByTestId('idea-votes').waitFor())
  const reload = async () => {
    await page.reload()
    await discussionReady()
  }

  const signIn = async (email: string): Promise<Page> => {
    const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { height: 900, width: 1400 } })
    const signedIn = await context.newPage()
    await signedIn.goto(`${baseUrl}/admin`)
    await signedIn.locator('#field-email').fill(email)
    await signedIn.locator('#field-password').fill(DEMO_PASSWORD)
    await signedIn.getByRole('button', { name: 'ログイン' }).click()
    await signedIn.waitForURL((url) => !url.pathname.includes('/login'))
    return signedIn
  }
  // From the page, as the admin's components ask: the session cookie counts only on same-origin requests.
  const fromPage = (on: Page, method: string, url: string, body?: unknown) =>
    on.evaluate(
      async ({ body, method, url }) => {
        const res = await fetch(url, {
          body: body === undefined ? undefined : JSON.stringify(body),
          credentials: 'include',
          headers: body === undefined ? undefined : { 'content-type': 'application/json' },
          method,
        })
        return { body: (await res.json()) as any, status: res.status }
      },
      { body, method, url },
    )

  beforeAll(async () => {
    const port = await freePort()
    baseUrl = `http://127.0.0.1:${port}`
    server = await spawnServer({
      DATABASE_URI: `file:${path.join(dataDir, 'cms.db')}`,
      DEMO_MODE: 'true',
      NODE_ENV: 'production',
      PAYLOAD_SECRET: 'browser-idea-secret',
      PORT: String(port),
      SERVE_ADMIN: 'true',
    })
    await waitForHealthy(server, baseUrl, 180_000)
    ;({ browser, close: closeBrowser } = await launchBrowser())
    page = await browser
      .newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { height: 900, width: 1400 } })
      .then((c) => c.newPage())
  }, 240_000)

  afterAll(async () => {
    await closeBrowser?.()
    if (server?.child.exitCode === null) {
      server.child.kill('SIGTERM')
      await server.exited
    }
    fs.rmSync(dataDir, { force: true, recursive: true })
  })

  it('shows the answer with its time, and 賛成する / 賛成を取り消す move the count by one and stay after a reload', async () => {
    expect(seed?.answer).toContain('財務システムの改修を検討しています')
    await failing(async () => {
      await page.goto(`${baseUrl}/admin`)
      await page.locator('#field-email').fill(STAFF)
      await page.locator('#field-password').fill(DEMO_PASSWORD)
      await page.getByRole('button', { name: 'ログイン' }).click()
      await page.waitForURL((url) => !url.pathname.includes('/login'))

      // Newest first and 10 a page: the idea is months old, so the list shows them all.
      await page.goto(`${baseUrl}/admin/collections/ideas?limit=100`)
      const link = page.getByRole('link', { exact: true, name: TITLE })
      await link.waitFor({ timeout: 60_000 })
      // The usual lists one click away; the moderator's queue is for admins only.
      const views = page.getByTestId('idea-list-views')
      await views.getByRole('link', { exact: true, name: '賛成の多い順' }).waitFor()
      expect(await views.getByRole('link').allInnerTexts()).toEqual([
        '賛成の多い順',
        '新着順',
        '最近回答されたもの',
        '回答待ち',
        '回答期限超過',
        '困りごと',
      ])
      // A click before the list has hydrated goes nowhere: follow the link by its address.
      await page.goto(`${baseUrl}${await link.getAttribute('href')}`)
      ideaId = /\/admin\/collections\/ideas\/([^/?#]+)/.exec(page.url())?.[1] ?? ''
      expect(ideaId).not.toBe('')
      await discussionReady()

      const answer = discussion().getByTestId('idea-answer')
      const answerText = await answer.innerText()
      expect(answerText).toContain('所管課の回答')
      expect(answerText).toContain(seed!.answer!)
      // Japan time, not the server's or UTC: the page shows the stored instant, to the minute.
      const stored = Date.parse((await thread()).officialAnswer!.answeredAt)
      expect(jstInstant(answerText)).toBe(Math.floor(stored / 60_000) * 60_000)
      expect(stored).toBeLessThan(Date.now())

      // Whether the seed made this person one of the supporters depends on how many staff there are.
      const before = await thread()
      const start = await shownVotes()
      expect(start).toBe(before.votesCount)
      const first = before.voted
        ? { after: start - 1, click: '賛成を取り消す', then: '賛成する' }
        : { after: start + 1, click: '賛成する', then: '賛成を取り消す' }

      await button(first.click).click()
      await votesShown(first.after)
      await button(first.then).waitFor()
      expect(await button(first.click).count()).toBe(0)

      await button(first.then).click()
      await votesShown(start)
      await button(first.click).waitFor()

      // Left changed once more, so the reload shows the server's count rather than the seed's.
      await button(first.click).click()
      await votesShown(first.after)
      await button(first.then).waitFor()
      await reload()
      expect(await shownVotes()).toBe(first.after)
      await button(first.then).waitFor()
      const after = await thread()
      expect(after.votesCount).toBe(first.after)
      expect(after.voted).toBe(!before.voted)
    })
  }, 150_000)

  it('posts a comment with its Japan time, follows the idea, and both are there after a reload', async () => {
    expect(ideaId).toBeTruthy()
    await failing(async () => {
      const before = await thread()
      const heading = (count: number) => discussion().getByRole('heading', { exact: true, name: `コメント（${count} 件）` })
      await heading(before.comments.length).waitFor()

      const box = page.locator('#idea-comment-body')
      await box.fill(COMMENT)
      await discussion().getByRole('radio', { exact: true, name: '賛成' }).check()
      const postedAt = Date.now()
      await button('コメントを投稿').click()

      const mine = discussion().getByTestId('idea-comment').filter({ hasText: COMMENT })
      await mine.waitFor({ timeout: 15_000 })
      await heading(before.comments.length + 1).waitFor()
      const text = await mine.innerText()
      expect(text).toContain(staffName!)
      await mine.getByText('賛成', { exact: true }).waitFor()
      // The minute it was posted, in Japan time.
      const shownAt = jstInstant(text)
      expect(shownAt).toBeGreaterThanOrEqual(Math.floor(postedAt / 60_000) * 60_000)
      expect(shownAt).toBeLessThanOrEqual(Date.now())
      // Emptied once the post is through, ready for the next comment.
      await page.waitForFunction(() => (document.querySelector('#idea-comment-body') as HTMLTextAreaElement | null)?.value === '', null, {
        timeout: 5_000,
      })
      expect(await button('コメントを投稿').isDisabled()).toBe(true)

      // Follow or stop following, whichever this person has not chosen yet.
      const follow = before.following
        ? { click: 'フォローをやめる', then: 'フォローする' }
        : { click: 'フォローする', then: 'フォローをやめる' }
      await button(follow.click).click()
      await button(follow.then).waitFor({ timeout: 15_000 })
      // The line beside the button says what following brings, as an offer or as a promise.
      await discussion()
        .getByText(before.following ? /^フォローすると、/ : /^フォロー中：/)
        .waitFor()

      await reload()
      await mine.waitFor()
      expect(await mine.count()).toBe(1)
      await heading(before.comments.length + 1).waitFor()
      await button(follow.then).waitFor()
      const after = await thread()
      expect(after.following).toBe(!before.following)
      expect(after.comments.filter((c) => c.body === COMMENT)).toHaveLength(1)

      // This idea's seeded text is all Japanese, so a Latin word here is a label left in English or a raw key.
      expect([seed!.title, seed!.answer!, ...flatten(seed!.comments ?? [])].join('')).not.toMatch(/[A-Za-z]{3,}/)
      expect(await discussion().innerText()).not.toMatch(/[A-Za-z]{3,}/)

      await page.waitForLoadState('networkidle')
      await shot('idea-page.png')
    })
  }, 120_000)

  it('tells a follower of a colleague’s comment under the bell, and opening the notice leads to the idea and reads it', async () => {
    expect(ideaId).toBeTruthy()
    await failing(async () => {
      expect((await fromPage(page, 'POST', `/api/ideas/${ideaId}/follow`)).status).toBe(200)
      const unread = async () => (await fromPage(page, 'GET', '/api/staff-notices/unread-count')).body.count as number
      const before = await unread()

      const colleague = await signIn(COLLEAGUE)
      const posted = await fromPage(colleague, 'POST', '/api/idea-comments', {
        body: COLLEAGUE_COMMENT,
        idea: Number(ideaId),
        stance: 'support',
      })
      expect(posted).toMatchObject({ status: 201 })
      expect(await unread()).toBe(before + 1)

      await reload()
      const bell = page.getByTestId('notice-bell')
      await bell.getByText(String(before + 1), { exact: true }).waitFor({ timeout: 15_000 })
      expect(await bell.getAttribute('aria-label')).toBe(`未読の通知 ${before + 1} 件`)
      await page.goto(`${baseUrl}${await bell.getAttribute('href')}`)
      const notice = page.getByRole('link', { exact: true, name: `「${TITLE}」に新しいコメントがあります` })
      await notice.first().waitFor({ timeout: 60_000 })
      await page.getByTestId('notice-list-actions').getByRole('button', { name: 'すべて既読にする' }).waitFor()
      await page.waitForLoadState('networkidle')
      await shot('staff-notices.png')

      await page.goto(`${baseUrl}${await notice.first().getAttribute('href')}`)
      await page.waitForURL((url) => url.pathname.endsWith(`/admin/collections/ideas/${ideaId}`))
      await discussionReady()
      await discussion().getByTestId('idea-comment').filter({ hasText: COLLEAGUE_COMMENT }).waitFor()
      expect(await unread()).toBe(before)
    })
  }, 120_000)
})
