import fs from 'node:fs'
import path from 'node:path'
import { type Browser, chromium } from 'playwright-core'

export const ARTIFACTS_DIR = path.resolve(process.cwd(), 'tests/artifacts')

/**
 * Debian's chromium through playwright-core (no browser download). The flags keep it off the
 * network: this machine has none, and Chromium's background services would hang on it.
 * playwright gives each launch a fresh, temporary profile.
 */
export const launchBrowser = async (): Promise<{ browser: Browser; close: () => Promise<void> }> => {
  const browser = await chromium.launch({
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
  })
  fs.mkdirSync(ARTIFACTS_DIR, { recursive: true })
  return {
    browser,
    close: () => browser.close(),
  }
}
