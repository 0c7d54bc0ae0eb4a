import type { AuditChange } from '@akita-dx/plugin-core'
import type { PayloadRequest } from 'payload'

import { formatJstTimestamp, toCsv } from '@akita-dx/plugin-core/shared'

import { type AuditKey, message } from '../translations'

type Entry = Record<string, unknown>

const COLUMNS = ['at', 'action', 'user', 'department', 'collection', 'documentId', 'documentTitle', 'changes', 'draft', 'note'] as const

const valueText = (value: unknown) =>
  value === null || value === undefined ? '' : typeof value === 'string' ? value : JSON.stringify(value)

/** One line per changed field: 「title: 旧 → 新」. */
const changesText = (req: PayloadRequest, changes: unknown) =>
  Array.isArray(changes)
    ? (changes as AuditChange[])
        .map((c) =>
          c.redacted ? `${c.field}: ${message(req, 'csv.redacted')}` : `${c.field}: ${valueText(c.before)} → ${valueText(c.after)}`,
        )
        .join('\n')
    : ''

const departmentName = (department: unknown) =>
  department && typeof department === 'object' ? String((department as Entry).name ?? (department as Entry).id ?? '') : (department ?? '')

const rowOf = (req: PayloadRequest, entry: Entry): unknown[] => [
  formatJstTimestamp(entry.createdAt as string),
  message(req, `action.${String(entry.action)}` as AuditKey),
  entry.userName ?? '',
  departmentName(entry.department),
  entry.collectionLabel ?? entry.collection ?? '',
  entry.documentId ?? '',
  entry.documentTitle ?? '',
  changesText(req, entry.changes),
  entry.draft ? '○' : '',
  entry.note ?? '',
]

/** The entries as CSV for Excel, headed in the request's language, times in Japan time with seconds. */
export const auditCsv = (req: PayloadRequest, entries: Entry[]): string =>
  toCsv(
    COLUMNS.map((column) => message(req, `csv.header.${column}` as AuditKey)),
    entries.map((entry) => rowOf(req, entry)),
  )
