import { describe, expect, it } from '@jest/globals'
import { inspect } from 'node:util'

import { DEV_CHANNEL_SECRET, lineClientConfig } from '../client/config'

describe('lineClientConfig', () => {
  it('without a token: sandbox mode on the emulator port, with the dev secret', () => {
    const config = lineClientConfig({ LINE_EMULATOR_PORT: '3999' })
    expect(config).toMatchObject({ baseURL: 'http://127.0.0.1:3999', channelSecret: DEV_CHANNEL_SECRET, emulatorPort: 3999, sandbox: true })
    expect(lineClientConfig({}).emulatorPort).toBe(3100)
  })
  it('with a token: LINE itself, and the secret and token never appear in logs or JSON', () => {
    const config = lineClientConfig({ LINE_CHANNEL_ACCESS_TOKEN: 'real-token-123', LINE_CHANNEL_SECRET: 'real-secret-456' })
    expect(config).toMatchObject({ baseURL: 'https://api.line.me', sandbox: false })
    for (const text of [JSON.stringify(config), inspect(config), `${JSON.stringify({ config })}`]) {
      expect(text).not.toContain('real-token-123')
      expect(text).not.toContain('real-secret-456')
    }
  })
  it('a real channel without a secret has none (the webhook then refuses everything)', () => {
    expect(lineClientConfig({ LINE_CHANNEL_ACCESS_TOKEN: 't' }).channelSecret).toBe('')
  })
  it('refuses a port that is not one', () => {
    expect(() => lineClientConfig({ LINE_EMULATOR_PORT: 'abc' })).toThrow(/LINE_EMULATOR_PORT/)
  })
})
