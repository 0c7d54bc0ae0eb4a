'use client'
import { Button, useConfig, useTranslation } from '@payloadcms/ui'

/** Only the filter of the list's query string goes to the export: the page and its size do not. */
const filterOf = (search: string) => {
  const params = new URLSearchParams(search)
  const kept = new URLSearchParams()
  for (const [key, value] of params) if (key.startsWith('where') || key === 'search') kept.append(key, value)
  return kept.toString()
}

/**
 * 「CSV で出力」 above the audit log's list: the entries of the filter on screen, as the export
 * endpoint answers them (the reader's access, the query guards, an entry for the export).
 */
export const ExportCsv = () => {
  const { config } = useConfig()
  const { t } = useTranslation()
  const label = (t as (key: string) => string)('plugin-audit:export.button')
  const help = (t as (key: string) => string)('plugin-audit:export.help')
  const download = () => {
    const query = filterOf(window.location.search)
    window.location.assign(`${config.serverURL}${config.routes.api}/audit-events/export${query ? `?${query}` : ''}`)
  }
  return (
    <div style={{ alignItems: 'center', display: 'flex', gap: 'var(--base)', marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" margin={false} onClick={download} size="medium">
        {label}
      </Button>
      <span style={{ color: 'var(--theme-elevation-600)' }}>{help}</span>
    </div>
  )
}
