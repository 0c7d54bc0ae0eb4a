/** Slug of the audit log's collection. */
export const AUDIT_EVENTS = 'audit-events'

/** Name of the daily retention task, and of the lease that keeps it to one process. */
export const RETENTION_TASK = 'audit-retention'
