import { optionsSlot } from '@akita-dx/plugin-core'

import type { ResolvedAuditOptions } from './types'

/** The resolved options, kept on the config for the recorder, the export and the retention task. */
export const auditOptions = optionsSlot<ResolvedAuditOptions>('plugin-audit')
