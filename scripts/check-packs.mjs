// CI check that the plugins install anywhere: packs every plugin (scripts/pack-plugins.mjs),
// installs the tarballs into a new Payload app in a scratch directory outside the repository
// together with a fresh `payload`, type-checks a config that uses every plugin (strict, as
// Payload's templates are), then boots it on in-memory SQLite and checks what each plugin added.
//   node scripts/check-packs.mjs [--keep]
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { packPlugins, PLUGINS } from './pack-plugins.mjs'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const keep = process.argv.includes('--keep')
const rootPkg = JSON.parse(fs.readFileSync(path.join(rootDir, 'package.json'), 'utf8'))
const version = (name) => rootPkg.dependencies[name] ?? rootPkg.devDependencies[name]

const run = (command, args, cwd, env = {}) => {
  const started = Date.now()
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`)
  console.log(`  ${command} ${args.slice(0, 2).join(' ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return result.stdout
}

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-dx-pack-check-'))
try {
  console.log(`packing ${PLUGINS.length} plugins`)
  const tarballs = await packPlugins(path.join(scratch, 'packs'))
  const app = path.join(scratch, 'app')
  fs.cpSync(path.join(rootDir, 'scripts/pack-check'), app, { recursive: true })
  const peers = [
    'payload',
    '@payloadcms/db-sqlite',
    '@payloadcms/richtext-lexical',
    '@payloadcms/ui',
    '@payloadcms/next',
    '@line/bot-sdk',
    'next',
    'react',
    'react-dom',
    'graphql',
    'recharts',
  ]
  const dependencies = Object.fromEntries([
    ...peers.map((name) => [name, version(name)]),
    ...tarballs.map((file) => [
      `@akita-dx/${path
        .basename(file)
        .replace(/^akita-dx-/, '')
        .replace(/-\d+\.\d+\.\d+\.tgz$/, '')}`,
      `file:${file}`,
    ]),
  ])
  const devDependencies = {
    '@types/node': version('@types/node'),
    '@types/react': version('@types/react'),
    typescript: version('typescript'),
  }
  fs.writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ dependencies, devDependencies, name: 'pack-check', private: true, type: 'module' }, null, 2),
  )
  console.log(`installing into ${app}`)
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], app)
  console.log('type-checking a config that uses every plugin')
  run(process.execPath, [path.join(app, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], app)
  console.log('booting it')
  console.log(
    run(process.execPath, ['--conditions=production', '--no-deprecation', 'boot.mjs'], app, { PAYLOAD_SECRET: 'pack-check' }).trim(),
  )
  console.log('the packed plugins install into a fresh Payload app, type-check and boot')
} finally {
  if (keep) console.log(`kept ${scratch}`)
  else fs.rmSync(scratch, { force: true, recursive: true })
}
