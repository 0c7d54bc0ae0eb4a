import { afterAll, describe, expect, it } from '@jest/globals'
import * as esbuild from 'esbuild'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

// scripts/bundle.mjs is plain JavaScript shared with the start scripts.
import { buildOptions } from '../../scripts/bundle.mjs'

const EMULATOR = /(^|\/)src\/line-emulator\//

/** The server bundle as `npm run build` makes it, into a scratch folder; which sources each output holds. */
const bundleServer = async (token: string | undefined) => {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'akita-server-bundle-'))
  const saved = process.env.LINE_CHANNEL_ACCESS_TOKEN
  if (token) process.env.LINE_CHANNEL_ACCESS_TOKEN = token
  else delete process.env.LINE_CHANNEL_ACCESS_TOKEN
  try {
    const result = await esbuild.build({
      ...(buildOptions as (e: string[]) => esbuild.BuildOptions)(['src/server.ts']),
      metafile: true,
      outdir,
      sourcemap: false,
    })
    const outputs = Object.entries(result.metafile!.outputs).map(([file, output]) => ({ file, inputs: Object.keys(output.inputs) }))
    return { outdir, outputs }
  } finally {
    if (saved === undefined) delete process.env.LINE_CHANNEL_ACCESS_TOKEN
    else process.env.LINE_CHANNEL_ACCESS_TOKEN = saved
  }
}

describe('the LINE emulator is development tooling', () => {
  const scratch: string[] = []
  afterAll(() => scratch.forEach((dir) => fs.rmSync(dir, { force: true, recursive: true })))

  it('is not part of the server entry: sandbox mode loads it from a chunk of its own', async () => {
    const { outdir, outputs } = await bundleServer(undefined)
    scratch.push(outdir)
    const server = outputs.find((o) => o.file.endsWith('src/server.js'))!
    expect(server.inputs.filter((i) => EMULATOR.test(i))).toEqual([])
    expect(outputs.some((o) => o.inputs.some((i) => EMULATOR.test(i)))).toBe(true)
  }, 60_000)

  it('is left out entirely from a build made for a real LINE channel', async () => {
    const { outdir, outputs } = await bundleServer('a-real-channel-token')
    scratch.push(outdir)
    expect(outputs.flatMap((o) => o.inputs).filter((i) => EMULATOR.test(i))).toEqual([])
    const text = fs
      .readdirSync(outdir, { recursive: true })
      .map((f) => String(f))
      .filter((f) => f.endsWith('.js'))
      .map((f) => fs.readFileSync(path.join(outdir, f), 'utf8'))
      .join('\n')
    expect(text).not.toContain('messaging-api.yml')
    expect(text).toContain('has no LINE emulator')
  }, 60_000)
})
