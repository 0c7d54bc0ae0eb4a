import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { parse } from 'yaml'

export type JsonSchema = Record<string, unknown>
export type OpenApiDocument = { components?: { schemas?: Record<string, JsonSchema> } }

const RELATIVE_DIR = path.join('src', 'line-emulator', 'openapi')

/**
 * The yml files ship beside this module, but bundled entries run from dist/, so the folder is also
 * looked up from the working directory and from every parent of the running module.
 */
const candidateDirs = (): string[] => {
  const dirs: string[] = []
  try {
    const here = path.dirname(fileURLToPath(import.meta.url))
    dirs.push(path.join(here, '..', 'openapi'), path.join(here, 'openapi'))
    let dir = here
    for (let i = 0; i < 8; i++) {
      dirs.push(path.join(dir, RELATIVE_DIR))
      const parent = path.dirname(dir)
      if (parent === dir) break
      dir = parent
    }
  } catch {
    // import.meta.url is not a file URL (e.g. some test transforms): the cwd lookup still applies
  }
  dirs.push(path.resolve(process.cwd(), RELATIVE_DIR))
  if (process.env.LINE_EMULATOR_OPENAPI_DIR) dirs.unshift(process.env.LINE_EMULATOR_OPENAPI_DIR)
  return dirs
}

export const openApiDir = (): string => {
  for (const dir of candidateDirs()) {
    if (fs.existsSync(path.join(dir, 'messaging-api.yml'))) return dir
  }
  throw new Error(`LINE OpenAPI files not found (looked for ${RELATIVE_DIR}/messaging-api.yml)`)
}

const cache = new Map<string, OpenApiDocument>()

export const loadOpenApi = (file: 'messaging-api.yml' | 'manage-audience.yml' | 'insight.yml'): OpenApiDocument => {
  const cached = cache.get(file)
  if (cached) return cached
  const doc = parse(fs.readFileSync(path.join(openApiDir(), file), 'utf8')) as OpenApiDocument
  cache.set(file, doc)
  return doc
}
