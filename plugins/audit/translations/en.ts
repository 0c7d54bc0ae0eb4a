import type { ja } from './ja'

export const en: typeof ja = {
  'plugin-audit': {
    'events.singular': 'Audit event',
    'events.plural': 'Audit log',
    'events.description':
      'Who changed, published, deleted, exported or sent what, and when. Nobody can change or delete an entry; entries past the retention period are deleted automatically.',

    'field.action': 'Action',
    'field.user': 'User',
    'field.userName': 'User name',
    'field.department': 'Department',
    'field.collection': 'Collection (slug)',
    'field.collectionLabel': 'Collection',
    'field.documentId': 'Document ID',
    'field.documentTitle': 'Document',
    'field.changes': 'Changes',
    'field.draft': 'Draft only',
    'field.note': 'Note',
    'field.createdAt': 'Time',

    'action.create': 'Create',
    'action.update': 'Update',
    'action.publish': 'Publish',
    'action.unpublish': 'Unpublish',
    'action.delete': 'Delete',
    'action.login': 'Login',
    'action.roleChange': 'Role change',
    'action.export': 'Export',
    'action.sendRequested': 'Send requested',
    'action.approved': 'Send approved',
    'action.rejected': 'Sent back',
    'action.sendStarted': 'Send started',
    'action.sendFinished': 'Send finished',
    'action.sendCancelled': 'Send cancelled',

    'export.button': 'Export CSV',
    'export.help': 'Saves the filtered entries as CSV for Excel (the export is recorded too)',

    'csv.header.at': 'Time',
    'csv.header.action': 'Action',
    'csv.header.user': 'User',
    'csv.header.department': 'Department',
    'csv.header.collection': 'Collection',
    'csv.header.documentId': 'Document ID',
    'csv.header.documentTitle': 'Document',
    'csv.header.changes': 'Changes',
    'csv.header.draft': 'Draft only',
    'csv.header.note': 'Note',
    'csv.redacted': '(changed, value not shown)',
    'csv.exportNote': 'Exported {{count}} entries as CSV (filter: {{filter}})',
    'csv.noFilter': 'none',

    'error.immutable': 'Audit log entries cannot be changed or deleted',
    'error.tooMany': '{{count}} entries match; one export holds at most {{max}}. Narrow the period or another filter',
    'error.unknownCollection': 'auditPlugin: there is no collection "{{slug}}" (add it before the audit log)',
  },
}
