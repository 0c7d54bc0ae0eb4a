import { insight } from '@line/bot-sdk'
import { lineClientConfig } from '@akita-dx/plugin-line'

/** LINE's insight client, on the same channel (or sandbox emulator) as the LINE plugin's sends. */
export const createInsightClient = () => {
  const config = lineClientConfig()
  return new insight.InsightClient({ baseURL: config.baseURL, channelAccessToken: config.channelAccessToken })
}

export type InsightApi = Pick<insight.InsightClient, 'getNumberOfFollowers' | 'getStatisticsPerUnit'>
