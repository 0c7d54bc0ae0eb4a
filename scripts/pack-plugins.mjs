// Packs every plugin as it would be published: compiled JavaScript (esbuild, one bundle per
// exported entry, npm packages external) and declarations (tsc), with the package.json's
// publishConfig applied, then `npm pack`. Writes the tarballs to the given directory (default
// dist/packs) and prints their paths. In this repository the packages resolve to their TypeScript
// sources; a tarball is what another Payload app installs.
//   node scripts/pack-plugins.mjs [outDir]
import { spawnSync } from 'node:child_process'
import * as esbuild from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** Dependencies first: each package's declarations are built against the ones packed before it. */
export const PLUGINS = process.env.PACK_ONLY?.split(',') ?? [
  'core',
  'line',
  'line-analytics',
  'public-api',
  'jgrants-import',
  'idea-box',
  'talent-bank',
  'audit',
  'notifications',
]

const run = (command, args, cwd) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}\n${result.stderr}`)
  return result.stdout
}

/** `./exports/client.ts` → `exports/client`; the same relative path in dist/. */
const entriesOf = (pkg) => Object.values(pkg.exports).map((entry) => entry.default.replace(/^\.\//, '').replace(/\.tsx?$/, ''))

const compile = async (dir, stage, pkg) => {
  for (const entry of entriesOf(pkg)) {
    const source = ['.ts', '.tsx'].map((ext) => path.join(dir, entry + ext)).find((file) => fs.existsSync(file))
    await esbuild.build({
      // A client entry stays a client boundary for React Server Components once bundled.
      banner: entry.endsWith('exports/client') ? { js: "'use client'" } : undefined,
      bundle: true,
      entryPoints: [source],
      format: 'esm',
      jsx: 'automatic',
      logLevel: 'error',
      outfile: path.join(stage, 'dist', `${entry}.js`),
      packages: 'external',
      platform: 'node',
      target: 'node20',
    })
  }
}

const declare = (name, dir, stage, staged) => {
  const paths = {}
  for (const [other, otherStage] of Object.entries(staged)) {
    const otherPkg = JSON.parse(fs.readFileSync(path.join(otherStage, 'package.json'), 'utf8'))
    for (const [sub, entry] of Object.entries(otherPkg.exports)) paths[path.posix.join(other, sub)] = [path.join(otherStage, entry.types)]
  }
  const tsconfig = {
    compilerOptions: {
      declaration: true,
      emitDeclarationOnly: true,
      esModuleInterop: true,
      jsx: 'react-jsx',
      lib: ['DOM', 'DOM.Iterable', 'ES2023'],
      module: 'ESNext',
      moduleResolution: 'bundler',
      outDir: path.join(stage, 'dist'),
      paths,
      resolveJsonModule: true,
      rootDir: dir,
      skipLibCheck: true,
      strict: true,
      target: 'ES2022',
      types: ['node'],
    },
    exclude: ['tests', 'dist', 'node_modules'],
    include: ['**/*.ts', '**/*.tsx'],
  }
  const file = path.join(dir, 'tsconfig.pack.json')
  fs.writeFileSync(file, JSON.stringify(tsconfig, null, 2))
  try {
    run(process.execPath, [path.join(rootDir, 'node_modules/typescript/bin/tsc'), '-p', file], dir)
  } finally {
    fs.rmSync(file)
  }
  return name
}

/** The package.json as published: publishConfig applied, nothing of the workspace left. */
const publishedManifest = (pkg) => {
  const { publishConfig, ...rest } = pkg
  return { ...rest, ...publishConfig, files: ['dist', 'README.md'] }
}

export const packPlugins = async (outDir = path.join(rootDir, 'dist', 'packs')) => {
  fs.mkdirSync(outDir, { recursive: true })
  // Staged inside the repository: the declarations of a package built against the ones staged
  // before it must resolve `payload` and the other npm packages from its node_modules.
  fs.mkdirSync(path.join(rootDir, 'dist'), { recursive: true })
  const staging = fs.mkdtempSync(path.join(rootDir, 'dist', 'pack-stage-'))
  const staged = {}
  const tarballs = []
  try {
    for (const plugin of PLUGINS) {
      const dir = path.join(rootDir, 'plugins', plugin)
      const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))
      const stage = path.join(staging, plugin)
      fs.mkdirSync(stage, { recursive: true })
      await compile(dir, stage, pkg)
      declare(pkg.name, dir, stage, staged)
      fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(publishedManifest(pkg), null, 2)}\n`)
      fs.copyFileSync(path.join(dir, 'README.md'), path.join(stage, 'README.md'))
      staged[pkg.name] = stage
      const file = run('npm', ['pack', '--silent', '--pack-destination', outDir], stage).trim().split('\n').at(-1)
      tarballs.push(path.join(outDir, file))
    }
  } finally {
    fs.rmSync(staging, { force: true, recursive: true })
  }
  return tarballs
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const tarballs = await packPlugins(process.argv[2] ? path.resolve(process.argv[2]) : undefined)
  console.log(tarballs.join('\n'))
}
