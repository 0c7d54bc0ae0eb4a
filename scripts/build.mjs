// `npm run build`: the Next admin (next build) and the server bundle (esbuild), plus a
// fingerprint of the sources so `npm start` knows when the build is stale.
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { buildsLineEmulator, bundle, rootDir } from './bundle.mjs'

const SOURCES = ['src', 'collections', 'plugins', 'seed', 'payload.config.ts', 'next.config.mjs', 'tsconfig.json', 'package-lock.json']
const SKIP = /(^|\/)(node_modules|\.next|dist|__tests__)(\/|$)|\.test\.tsx?$/
const FINGERPRINT_FILE = path.join(rootDir, '.next', 'akita-build-fingerprint')

const listFiles = (entry) => {
  const full = path.join(rootDir, entry)
  if (!fs.existsSync(full) || SKIP.test(entry)) return []
  if (fs.statSync(full).isFile()) return [entry]
  return fs
    .readdirSync(full)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)))
}

export const sourceFingerprint = () => {
  const hash = crypto.createHash('sha256')
  // A build for a real LINE channel has no emulator: switching to sandbox mode needs a rebuild.
  hash.update(`line-emulator:${buildsLineEmulator()}`)
  for (const file of SOURCES.flatMap(listFiles)) {
    hash.update(file)
    hash.update(fs.readFileSync(path.join(rootDir, file)))
  }
  return hash.digest('hex')
}

export const buildIsCurrent = () => {
  if (!fs.existsSync(path.join(rootDir, '.next', 'BUILD_ID'))) return false
  if (!fs.existsSync(path.join(rootDir, 'dist', 'src', 'server.js'))) return false
  try {
    return fs.readFileSync(FINGERPRINT_FILE, 'utf8') === sourceFingerprint()
  } catch {
    return false
  }
}

export const build = async () => {
  const started = Date.now()
  console.log('Building the admin (next build) and the server…')
  const nextBin = path.join(rootDir, 'node_modules', 'next', 'dist', 'bin', 'next')
  const result = spawnSync(process.execPath, [nextBin, 'build'], {
    cwd: rootDir,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'inherit',
  })
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`)
  await bundle()
  // After next build: it may rewrite tsconfig.json, which is part of the fingerprint.
  fs.writeFileSync(FINGERPRINT_FILE, sourceFingerprint())
  console.log(`Build finished in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await build().catch((error) => {
    console.error(error.message)
    process.exit(1)
  })
}
