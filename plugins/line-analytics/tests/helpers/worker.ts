import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { compiledEntry } from '@akita-dx/test-support/spawn'

export type Worker = {
  child: ChildProcess
  exited: Promise<{ code: null | number; signal: NodeJS.Signals | null }>
  output: () => string
  /** Resolves at the first stdout line that matches (or rejects when the process ends first). */
  waitFor: (pattern: RegExp) => Promise<string>
}

/**
 * Starts a test fixture as a plain node process (compiled once, like `scripts/run-ts.mjs` does),
 * so that a signal reaches the process itself, on the test's database.
 */
export const startWorker = async (entry: string, databaseUri: string): Promise<Worker> => {
  const compiled = await compiledEntry(entry)
  const child = spawn(process.execPath, compiled.args, {
    cwd: path.resolve('.'),
    env: {
      PATH: process.env.PATH,
      PAYLOAD_SECRET: 'test-secret-not-for-production',
      TEST_WORKER_DATABASE_URI: databaseUri,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const listeners = new Set<() => void>()
  const notify = () => [...listeners].forEach((l) => l())
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
    notify()
  })
  child.stderr!.on('data', (chunk: Buffer) => {
    output += chunk.toString()
  })
  const exited = new Promise<{ code: null | number; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      notify()
      resolve({ code, signal })
    }),
  )
  const waitFor = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const check = () => {
        const line = output.split('\n').find((l) => pattern.test(l))
        if (line) {
          listeners.delete(check)
          resolve(line)
        } else if (child.exitCode !== null || child.signalCode !== null) {
          listeners.delete(check)
          reject(new Error(`worker ended before ${pattern}:\n${output.slice(-3000)}`))
        }
      }
      listeners.add(check)
      check()
    })
  return { child, exited, output: () => output, waitFor }
}
