// `npm run dev`: Next in development mode (admin hot reload) behind the express server;
// the server bundle is rebuilt on change and Node restarts it.
import { spawn } from 'node:child_process'
import * as esbuild from 'esbuild'
import path from 'node:path'

import { buildOptions, NODE_FLAGS, rootDir, SERVER_ENTRIES } from './bundle.mjs'

const context = await esbuild.context(buildOptions(SERVER_ENTRIES))
await context.rebuild()
await context.watch()

const child = spawn(
  process.execPath,
  [
    // Only the server bundle: a plain --watch would also watch the chunks Next's dev compiler
    // writes and loads, and restart the server in the middle of every admin compile.
    `--watch-path=${path.join(rootDir, 'dist', 'src')}`,
    ...NODE_FLAGS,
    path.join(rootDir, 'dist', 'src', 'server.js'),
  ],
  {
    cwd: rootDir,
    env: { DISABLE_PAYLOAD_HMR: 'true', NEXT_TELEMETRY_DISABLED: '1', ...process.env, NODE_ENV: 'development' },
    stdio: 'inherit',
  },
)
const stop = async (signal) => {
  await context.dispose()
  child.kill(signal)
}
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => void stop(signal))
child.on('exit', (code) => process.exit(code ?? 0))
