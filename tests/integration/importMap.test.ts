import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import path from 'node:path'

/**
 * The admin resolves components by path string through the committed import map. A plugin that
 * adds a component without regenerating it would break the built admin, so the map must match
 * the config.
 */
describe('admin import map', () => {
  it('is current (npm run generate:importmap)', async () => {
    const file = path.resolve('src/app/(payload)/admin/importMap.js')
    const before = fs.readFileSync(file, 'utf8')
    const [{ generateImportMap }, { default: configPromise }] = await Promise.all([import('payload'), import('../../payload.config')])
    await generateImportMap(await configPromise, { log: false })
    const after = fs.readFileSync(file, 'utf8')
    expect(after).toBe(before)
    // Loading the whole config (every plugin, Next's admin components) takes over a minute on a busy two-core runner.
  }, 300_000)
})
