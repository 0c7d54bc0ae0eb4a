import type { Payload } from 'payload'

import { bootConfig, serve, type TestServer } from '@akita-dx/test-support'
import { buildConfig } from 'payload'

import { analyticsTestConfig, type TestConfigOptions } from './config'

/** Payload with the LINE and analytics plugins on this worker's fresh test database. */
export const bootAnalyticsPayload = (options?: TestConfigOptions): Promise<Payload> => bootConfig(buildConfig(analyticsTestConfig(options)))

/** The real express server (API-only); clicks are flushed by the buffer's own timer (no background work started). */
export const startAnalyticsServer = async (options?: TestConfigOptions): Promise<TestServer> => serve(await bootAnalyticsPayload(options))
