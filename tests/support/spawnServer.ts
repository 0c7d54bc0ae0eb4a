import { type ChildProcess, spawn } from 'node:child_process'
import net from 'node:net'

// scripts/bundle.mjs is plain JavaScript shared with the start scripts.
import { bundle, NODE_FLAGS, outFileOf } from '../../scripts/bundle.mjs'

const rootDir = process.cwd()

export type SpawnedServer = {
  child: ChildProcess
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<{ code: null | number; signal: NodeJS.Signals | null }>
  output: () => string
}

const compiled = new Map<string, Promise<void>>()

/**
 * A TypeScript entry compiled to plain JavaScript once per test file, and the command that runs it
 * the way the server runs (Node flags of scripts/bundle.mjs), so a SIGKILL hits the process itself.
 */
export const compiledEntry = async (entry: string): Promise<{ args: string[]; file: string }> => {
  if (!compiled.has(entry)) compiled.set(entry, (bundle as (entries?: string[]) => Promise<void>)([entry]))
  await compiled.get(entry)
  const file = outFileOf(entry) as string
  return { args: [...(NODE_FLAGS as string[]), file], file }
}

/** Runs the real server entry (dist/src/server.js, bundled once per test file) as a child process. */
export const spawnServer = async (env: Record<string, string | undefined>): Promise<SpawnedServer> => {
  const { args } = await compiledEntry('src/server.ts')
  let output = ''
  const child = spawn(process.execPath, args, {
    cwd: rootDir,
    env: { LINE_EMULATOR_PORT: '0', PATH: process.env.PATH, SERVE_ADMIN: 'false', ...env } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += chunk))
  child.stderr?.on('data', (chunk) => (output += chunk))
  const exited = new Promise<{ code: null | number; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  return { child, exited, output: () => output }
}

/** Polls /healthz until it answers 200 or the process dies. */
export const waitForHealthy = async (server: SpawnedServer, baseUrl: string, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`server exited early:\n${server.output()}`)
    try {
      const res = await fetch(`${baseUrl}/healthz`)
      if (res.status === 200) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`server not healthy after ${timeoutMs} ms:\n${server.output()}`)
}

/** A port nobody listens on right now, for a server process that must be told its port. */
export const freePort = () =>
  new Promise<number>((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo
      srv.close(() => resolve(port))
    })
  })
