// `npm run test:browser`: builds the product when stale, then runs the browser tests, which
// start the built server themselves. Needs Debian's chromium (.ci/run installs it).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { build, buildIsCurrent } from './build.mjs'
import { rootDir } from './bundle.mjs'

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (!fs.existsSync(chromium)) {
  console.error(`No browser at ${chromium}: apt-get install -y chromium (or set CHROMIUM_PATH)`)
  process.exit(1)
}
if (!buildIsCurrent()) await build()

const result = spawnSync(
  process.execPath,
  [path.join(rootDir, 'node_modules/jest/bin/jest.js'), '--config', 'jest.browser.config.js', ...process.argv.slice(2)],
  {
    cwd: rootDir,
    env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules' },
    stdio: 'inherit',
  },
)
process.exit(result.status ?? 1)
