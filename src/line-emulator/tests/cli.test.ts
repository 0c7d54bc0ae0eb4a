import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from '@jest/globals'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

const runCli = (env: Record<string, string>) => {
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'src/cli/line-emulator.ts'], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  child.stderr.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const url = async (): Promise<string> => {
    const until = Date.now() + 30_000
    while (Date.now() < until) {
      const match = /LINE emulator: (http:\/\/\S+)/.exec(output)
      if (match) return match[1]
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`the CLI printed no URL:\n${output}`)
  }
  return { child, exited, url, output: () => output }
}

describe('npm run line:emulator', () => {
  it('reads its environment, prints its URL and stops cleanly on SIGTERM', async () => {
    const cli = runCli({ LINE_EMULATOR_PORT: '0', LINE_CHANNEL_SECRET: 'cli-secret', LINE_WEBHOOK_URL: 'http://127.0.0.1:1/line/webhook' })
    const url = await cli.url()
    const config = (await (await fetch(`${url}/_emulator/config`)).json()) as { webhookUrl: string }
    expect(config.webhookUrl).toBe('http://127.0.0.1:1/line/webhook')
    expect(cli.output()).not.toMatch(/cli-secret/)
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
  })

  it('refuses a port that is not a number', async () => {
    const cli = runCli({ LINE_EMULATOR_PORT: 'abc' })
    expect(await cli.exited).toBe(2)
    expect(cli.output()).toMatch(/LINE_EMULATOR_PORT/)
  })
})
