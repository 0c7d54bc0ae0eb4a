/** The audit log's client components, referenced from the admin as `@akita-dx/plugin-audit/client#…`. */
export { ExportCsv } from '../components/ExportCsv'
