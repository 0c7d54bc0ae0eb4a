// Starts the LINE Messaging API emulator: `npm run line:emulator`.
// LINE_EMULATOR_PORT (default 3100), LINE_CHANNEL_SECRET (signs replayed webhooks), LINE_WEBHOOK_URL.
import { DEFAULT_CHANNEL_ACCESS_TOKEN, DEFAULT_CHANNEL_SECRET, DEFAULT_PORT, startLineEmulator } from '../line-emulator'

const port = process.env.LINE_EMULATOR_PORT ? Number(process.env.LINE_EMULATOR_PORT) : DEFAULT_PORT
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`LINE_EMULATOR_PORT must be a port number, got '${process.env.LINE_EMULATOR_PORT}'`)
  process.exit(2)
}

const emulator = await startLineEmulator({
  port,
  host: process.env.LINE_EMULATOR_HOST ?? '127.0.0.1',
  channelSecret: process.env.LINE_CHANNEL_SECRET || DEFAULT_CHANNEL_SECRET,
  channelAccessToken: process.env.LINE_EMULATOR_ACCESS_TOKEN || DEFAULT_CHANNEL_ACCESS_TOKEN,
  ...(process.env.LINE_WEBHOOK_URL ? { webhookUrl: process.env.LINE_WEBHOOK_URL } : {}),
  quiet: true,
})

console.log(`LINE emulator: ${emulator.url}  (point @line/bot-sdk's baseURL here)`)
console.log(`  deliveries: ${emulator.url}/_emulator/deliveries`)
console.log(`  webhook:    ${emulator.state.config.webhookUrl ?? 'not set (PUT /_emulator/config { "webhookUrl": ... })'}`)
if (!process.env.LINE_CHANNEL_SECRET) console.log(`  channel secret: ${DEFAULT_CHANNEL_SECRET} (development default)`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return
    stopping = true
    emulator.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
