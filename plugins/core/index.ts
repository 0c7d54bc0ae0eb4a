/**
 * @akita-dx/plugin-core: what the suite's plugins share. Roles and access (`resolveOrganisation`),
 * JSON errors (`errorResponse`, `Refusal`), the audit-log contract (`recordAuditEvent`), staff
 * notices (`sendStaffNotice`, `messageStaff`), staff track records (`addTrackRecordSource`),
 * compare-and-set on one row (`compareAndSet`) and leases, the server contract (`addServerRoutes`,
 * `addBackgroundTasks`), config helpers, and the guards of queries and input every collection gets
 * (`guardQueries`, `guardInput`, `restrictLockedDocuments`).
 * Client-safe helpers are in `@akita-dx/plugin-core/shared`, the express adapter in `/express`.
 */
export * from './access'
export * from './audit'
export * from './config'
export * from './db'
export * from './errors'
export * from './guards'
export * from './leases'
export * from './notices'
export * from './server'
export * from './shared'
export * from './staff'
export { coreTranslations, translate } from './translations'
