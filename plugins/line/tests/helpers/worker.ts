import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { compiledEntry } from '@akita-dx/test-support/spawn'

const ENTRY = 'plugins/line/tests/fixtures/deliveryWorker.ts'

export type Worker = {
  child: ChildProcess
  exited: Promise<{ code: null | number; signal: NodeJS.Signals | null }>
  lines: string[]
  /** Resolves at the first stdout line that matches (or rejects when the process ends first). */
  waitFor: (pattern: RegExp, nth?: number) => Promise<string>
}

/**
 * Starts the delivery worker as a plain node process (compiled once, like `scripts/run-ts.mjs`
 * does) so that SIGKILL hits the process that sends, not a wrapper.
 */
export const startWorker = async (args: string[], env: Record<string, string | undefined>): Promise<Worker> => {
  const entry = await compiledEntry(ENTRY)
  const child = spawn(process.execPath, [...entry.args, ...args], {
    cwd: path.resolve('.'),
    env: { PATH: process.env.PATH, PAYLOAD_SECRET: 'test-secret-not-for-production', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const lines: string[] = []
  let stderr = ''
  const listeners = new Set<() => void>()
  let buffer = ''
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const parts = buffer.split('\n')
    buffer = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      for (const l of [...listeners]) l()
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr += chunk.toString()
  })
  const exited = new Promise<{ code: null | number; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      for (const l of [...listeners]) l()
      resolve({ code, signal })
    }),
  )
  const waitFor = (pattern: RegExp, nth = 1) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const matches = lines.filter((l) => pattern.test(l))
        if (matches.length >= nth) {
          listeners.delete(check)
          resolve(matches[nth - 1])
        } else if (child.exitCode !== null || child.signalCode !== null) {
          listeners.delete(check)
          reject(new Error(`worker ended before ${pattern}: ${lines.slice(-5).join(' | ')}\n${stderr.slice(-2000)}`))
        }
      }
      listeners.add(check)
      check()
    })
  return { child, exited, lines, waitFor }
}
