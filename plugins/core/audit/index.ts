export {
  addAuditRecorder,
  AUDIT_ACTIONS,
  type AuditAction,
  type AuditChange,
  type AuditContext,
  type AuditEvent,
  type AuditRecorder,
  hasAuditLog,
  recordAuditEvent,
  recordAuditEventAfter,
} from './record'
