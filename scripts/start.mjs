// `npm start`: builds when the build is missing or stale, then serves the product in
// production mode on PORT (default 3000).
import { spawn } from 'node:child_process'
import path from 'node:path'

import { build, buildIsCurrent } from './build.mjs'
import { NODE_FLAGS, rootDir } from './bundle.mjs'

if (!buildIsCurrent()) {
  await build().catch((error) => {
    console.error(error.message)
    process.exit(1)
  })
}

const child = spawn(process.execPath, [...NODE_FLAGS, path.join(rootDir, 'dist', 'src', 'server.js')], {
  cwd: rootDir,
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  stdio: 'inherit',
})
// The server drains requests and closes the database itself; pass signals through and
// exit with its code.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
