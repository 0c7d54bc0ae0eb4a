// Runs a TypeScript entry with Node: `node scripts/run-ts.mjs seed/index.ts [args…]`.
// The entry is compiled to dist/ first (see bundle.mjs for why not a TypeScript loader).
import { spawn } from 'node:child_process'

import { bundle, NODE_FLAGS, outFileOf, rootDir } from './bundle.mjs'

const [entry, ...args] = process.argv.slice(2)
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]')
  process.exit(2)
}
await bundle([entry])
const child = spawn(process.execPath, [...NODE_FLAGS, outFileOf(entry), ...args], {
  cwd: rootDir,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
