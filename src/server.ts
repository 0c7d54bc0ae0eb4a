import { listen } from '@akita-dx/plugin-core/express'
import next from 'next'
import path from 'node:path'
import { getPayload } from 'payload'

import config from '../payload.config'
import { databaseKind } from './lib/database'
import { isDemoMode } from './lib/mode'
import { enableBackgroundWork } from './server/background'
import { createApp } from './server/createApp'
import { ensureAdmin } from './server/ensureAdmin'
import { startSandboxEmulator } from './server/sandbox'
import { seedDemoIfEmpty } from './server/seedDemo'
import { serverSettingsFromEnv } from './server/settings'

const fail = (error: unknown): never => {
  console.error(`起動できません / cannot start: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}

const dev = process.env.NODE_ENV !== 'production'
const port = Number(process.env.PORT ?? 3000)
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(new Error(`PORT "${process.env.PORT}" is not a port number`))
const settings = (() => {
  try {
    return serverSettingsFromEnv()
  } catch (error) {
    return fail(error)
  }
})()

// The one Payload instance of this process: Next's route handlers get it back from
// getPayload's cache instead of building a second one.
const payload = await getPayload({ config, cron: true }).catch(fail)

const demo = isDemoMode()
const admin = await ensureAdmin(payload, { allowGenerated: dev || demo }).catch(fail)
if (admin.created && admin.generatedPassword) {
  console.log(`\n  初回の管理者を作成しました / first admin created\n    ${admin.email}  ${admin.generatedPassword}\n  (shown once)\n`)
}
if (demo) await seedDemoIfEmpty(payload).catch(fail)

// SERVE_ADMIN=false runs the API, webhook and background work without Next (workers, tests).
const serveAdmin = process.env.SERVE_ADMIN?.trim().toLowerCase() !== 'false'
const nextApp = serveAdmin ? next({ dev, dir: path.resolve(process.cwd()), port }) : undefined
await nextApp?.prepare()
const handle = nextApp?.getRequestHandler()

const emulator = await startSandboxEmulator(payload, port).catch(fail)

enableBackgroundWork()
const app = createApp({ dev, nextHandler: handle ? (req, res) => handle(req, res) : undefined, payload, settings })
const running = await listen({ app, payload, port }).catch(fail)

console.log(
  [
    '',
    `  秋田県 DX CMS — ${dev ? 'development' : 'production'}, database: ${databaseKind(process.env.DATABASE_URI)}${demo ? ' (demo)' : ''}`,
    serveAdmin ? `  管理画面 / admin:  ${running.url}/admin` : '  admin not served (SERVE_ADMIN=false)',
    `  health:           ${running.url}/healthz`,
    '',
  ].join('\n'),
)

let stopping = false
const shutdown = (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal}: finishing in-flight requests and closing the database…`)
  running
    .close()
    .then(() => nextApp?.close())
    .then(() => emulator?.stop())
    .then(() => process.exit(0))
    .catch((error) => {
      console.error(error)
      process.exit(1)
    })
}
process.on('SIGTERM', () => shutdown('SIGTERM'))
process.on('SIGINT', () => shutdown('SIGINT'))
