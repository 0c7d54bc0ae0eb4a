import type { RunningLineEmulator } from '../line-emulator'

import { lineClientConfig, lineOptionsOf } from '@akita-dx/plugin-line'
import type { Payload } from 'payload'

/**
 * Sandbox mode: with no LINE channel configured, the server starts the LINE emulator beside
 * itself so deliveries, the webhook and insight work end to end on one machine. The SDK is
 * pointed at it by the LINE plugin's client config; nothing else knows it is not LINE. The
 * emulator is development tooling: it is loaded here only, by a dynamic import, so a server
 * for a real channel never loads it (and a build made for one leaves it out, see bundle.mjs).
 */
export const startSandboxEmulator = async (payload: Payload, serverPort: number): Promise<RunningLineEmulator | undefined> => {
  const config = lineClientConfig()
  if (!config.sandbox) return undefined
  const webhookUrl = `http://127.0.0.1:${serverPort}${lineOptionsOf(payload).webhookPath}`
  const { startLineEmulator } = await import('../line-emulator')
  try {
    const emulator = await startLineEmulator({
      channelAccessToken: config.channelAccessToken,
      channelSecret: config.channelSecret,
      port: config.emulatorPort,
      quiet: true,
      webhookUrl,
    })
    console.log(
      [
        `  LINE サンドボックス / sandbox: no LINE_CHANNEL_ACCESS_TOKEN, emulator at ${emulator.url}`,
        `    deliveries:      ${emulator.url}/_emulator/deliveries`,
        `    webhook:         ${webhookUrl}`,
        `    channel secret:  ${config.devSecret ? config.channelSecret : '(from LINE_CHANNEL_SECRET)'}`,
      ].join('\n'),
    )
    // LINE_EMULATOR_PORT=0 (tests) picks a free port; the LINE client config reads it at call time.
    if (config.emulatorPort === 0) process.env.LINE_EMULATOR_PORT = String(emulator.port)
    return emulator
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      // Another server process of this deployment already runs it: share that one.
      console.log(`  LINE sandbox: using the emulator already listening on port ${config.emulatorPort}`)
      return undefined
    }
    throw error
  }
}
