import { DEV_CHANNEL_SECRET, SANDBOX_CHANNEL_ACCESS_TOKEN } from '@akita-dx/plugin-line'

import { type RunningLineEmulator, startLineEmulator } from '../../src/line-emulator'

/**
 * The LINE emulator on a free port, with the plugin's sandbox token and secret; the plugin finds
 * it through LINE_EMULATOR_PORT, as in sandbox mode.
 */
export const startEmulator = async (webhookUrl?: string): Promise<RunningLineEmulator> => {
  delete process.env.LINE_CHANNEL_ACCESS_TOKEN
  delete process.env.LINE_CHANNEL_SECRET
  const emu = await startLineEmulator({
    channelAccessToken: SANDBOX_CHANNEL_ACCESS_TOKEN,
    channelSecret: DEV_CHANNEL_SECRET,
    port: 0,
    quiet: true,
    webhookUrl,
  })
  process.env.LINE_EMULATOR_PORT = String(emu.port)
  return emu
}

export type DeliveryReport = { messages?: unknown[]; perUser: Record<string, number>; total: number }

export const emulatorDeliveries = async (emu: { url: string }, query = 'summary=1'): Promise<DeliveryReport> => {
  const res = await fetch(`${emu.url}/_emulator/deliveries?${query}`)
  if (!res.ok) throw new Error(`emulator deliveries: ${res.status}`)
  return (await res.json()) as DeliveryReport
}

export const setFaults = async (emu: { url: string }, faults: Record<string, unknown>) => {
  const res = await fetch(`${emu.url}/_emulator/faults`, {
    body: JSON.stringify(faults),
    headers: { 'content-type': 'application/json' },
    method: 'PUT',
  })
  if (!res.ok) throw new Error(`emulator faults: ${res.status} ${await res.text()}`)
}

export const resetEmulator = async (emu: { url: string }) => {
  await fetch(`${emu.url}/_emulator/reset`, { method: 'POST' })
}
