import { messagingApi } from '@line/bot-sdk'
import { inspect } from 'node:util'

/**
 * Token of sandbox mode; it opens nothing on LINE's side. The same as the emulator's default, so
 * a separately started emulator (`npm run line:emulator`) accepts it too.
 */
export const SANDBOX_CHANNEL_ACCESS_TOKEN = 'sandbox-channel-access-token'

/** Webhook signing secret of sandbox mode when LINE_CHANNEL_SECRET is unset: a published dev value, also the emulator's default. */
export const DEV_CHANNEL_SECRET = 'sandbox-channel-secret'

export const DEFAULT_EMULATOR_PORT = 3100

export type LineClientConfig = {
  /** Messaging API origin the SDK talks to (the emulator in sandbox mode). */
  baseURL: string
  channelAccessToken: string
  /** Empty when a real channel is configured without a secret: the webhook then refuses everything. */
  channelSecret: string
  /** Whether the secret is the published dev value (safe to print). */
  devSecret: boolean
  /** Port the emulator listens on in sandbox mode. */
  emulatorPort: number
  /** No LINE_CHANNEL_ACCESS_TOKEN: everything goes to the local emulator. */
  sandbox: boolean
}

const redacted = (config: LineClientConfig) => ({
  ...config,
  channelAccessToken: config.sandbox ? config.channelAccessToken : '***',
  channelSecret: config.devSecret ? config.channelSecret : '***',
})

/**
 * Which LINE channel this process talks to, read from the environment at call time. The
 * secret and token are kept out of JSON and console output of the returned object.
 */
export const lineClientConfig = (env: Record<string, string | undefined> = process.env): LineClientConfig => {
  const token = env.LINE_CHANNEL_ACCESS_TOKEN?.trim()
  const sandbox = !token
  const port = Number(env.LINE_EMULATOR_PORT?.trim() || DEFAULT_EMULATOR_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`LINE_EMULATOR_PORT "${env.LINE_EMULATOR_PORT}" is not a port number`)
  }
  const secret = env.LINE_CHANNEL_SECRET?.trim()
  const channelSecret = secret || (sandbox ? DEV_CHANNEL_SECRET : '')
  const config: LineClientConfig = {
    baseURL: sandbox ? `http://127.0.0.1:${port}` : env.LINE_API_BASE_URL?.trim() || 'https://api.line.me',
    channelAccessToken: token || SANDBOX_CHANNEL_ACCESS_TOKEN,
    channelSecret,
    devSecret: channelSecret === DEV_CHANNEL_SECRET,
    emulatorPort: port,
    sandbox,
  }
  Object.defineProperties(config, {
    [inspect.custom]: { enumerable: false, value: () => redacted(config) },
    toJSON: { enumerable: false, value: () => redacted(config) },
  })
  return config
}

/** The official SDK client, pointed at LINE or at the emulator. */
export const createMessagingClient = (config: LineClientConfig = lineClientConfig()) =>
  new messagingApi.MessagingApiClient({
    baseURL: config.baseURL,
    channelAccessToken: config.channelAccessToken,
  })

/** The SDK's client of LINE's data host (images of rich menus); the emulator serves both. */
export const createBlobClient = (config: LineClientConfig = lineClientConfig()) =>
  new messagingApi.MessagingApiBlobClient({
    baseURL: config.sandbox ? config.baseURL : process.env.LINE_API_DATA_BASE_URL?.trim() || 'https://api-data.line.me',
    channelAccessToken: config.channelAccessToken,
  })
