import type { Config } from 'payload'

import type { AuditRecorder } from '../audit/record'
import type { StaffMessenger } from '../notices/messenger'
import type { NoticeSender } from '../notices/send'
import type { TrackRecordSource } from '../staff/trackRecord'
import type { BackgroundTask } from './background'
import type { ServerRoute } from './routes'

/**
 * What plugins contribute to the process that serves the app. Kept on the config under one key
 * that only this module reads; plugins and servers use the typed functions of routes.ts and
 * background.ts.
 */
type Registry = {
  auditRecorders: AuditRecorder[]
  noticeSenders: NoticeSender[]
  routes: ServerRoute[]
  staffMessengers: StaffMessenger[]
  tasks: BackgroundTask[]
  trackRecordSources: TrackRecordSource[]
}

const KEY = '@akita-dx/plugin-core/server'

type WithCustom = { custom?: Record<string, any> }

export const registryOf = (config: WithCustom): Registry => ({
  auditRecorders: [],
  noticeSenders: [],
  routes: [],
  staffMessengers: [],
  tasks: [],
  trackRecordSources: [],
  ...(config.custom?.[KEY] as Partial<Registry> | undefined),
})

export const withRegistry = (config: Config, change: (registry: Registry) => Registry): Config => ({
  ...config,
  custom: { ...config.custom, [KEY]: change(registryOf(config)) },
})
