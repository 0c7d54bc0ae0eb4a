// Compiles the server-side TypeScript entries (server, CLIs, seed) into dist/ with esbuild.
// Node then runs plain JavaScript: no TypeScript loader at run time, so nothing of tsx's
// intermittent exits can reach production start, CI or the seed.
import * as esbuild from 'esbuild'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/**
 * Node flags for every process that loads the Payload config. Lexical's `node` entry points load
 * their real module with a top-level `await import()`; on Node 20 a graph with many of them
 * sometimes never settles and the process exits with code 13 (or 0) halfway through start-up.
 * The `production` condition resolves Lexical straight to its plain modules.
 */
export const NODE_FLAGS = ['--conditions=production', '--enable-source-maps', '--no-deprecation']

export const SERVER_ENTRIES = ['src/server.ts', 'seed/index.ts', 'src/cli/migrate-create.ts']

/** Output path in dist/ of a TypeScript entry: `seed/index.ts` → `dist/seed/index.js`. */
export const outFileOf = (entry) => path.join(rootDir, 'dist', entry.replace(/\.tsx?$/, '.js'))

/**
 * npm packages stay external (Node loads them from node_modules); the workspace's own packages
 * (`@akita-dx/*`, TypeScript sources linked into node_modules) are compiled into the bundle.
 */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@akita-dx/') || args.path === '@payload-config') return undefined
      return { external: true, path: args.path }
    })
  },
}

/** A build for a real LINE channel (its token set at build time) leaves the LINE emulator out entirely. */
export const buildsLineEmulator = () => !process.env.LINE_CHANNEL_ACCESS_TOKEN?.trim()

const lineEmulatorOnlyInSandbox = {
  name: 'line-emulator-only-in-sandbox',
  setup(build) {
    if (buildsLineEmulator()) return
    build.onResolve({ filter: /\/line-emulator$/ }, () => ({ path: path.join(rootDir, 'src/server/noLineEmulator.ts') }))
  },
}

export const buildOptions = (entries) => ({
  absWorkingDir: rootDir,
  alias: { '@payload-config': './payload.config.ts' },
  bundle: true,
  entryPoints: entries.map((entry) => ({ in: entry, out: entry.replace(/\.tsx?$/, '') })),
  format: 'esm',
  logLevel: 'warning',
  outdir: path.join(rootDir, 'dist'),
  platform: 'node',
  plugins: [externalPackages, lineEmulatorOnlyInSandbox],
  sourcemap: 'linked',
  // Chunks shared by entries (the LINE emulator is one, loaded only in sandbox mode).
  splitting: true,
  target: 'node20',
})

export const bundle = async (entries = SERVER_ENTRIES) => {
  await esbuild.build(buildOptions(entries))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const entries = process.argv.slice(2)
  await bundle(entries.length ? entries : SERVER_ENTRIES)
}
