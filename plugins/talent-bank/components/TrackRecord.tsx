import type { ServerFieldBase } from 'payload'

import { trackRecordOf, type TrackRecordSection } from '@akita-dx/plugin-core'
import { formatJstDate, idOf } from '@akita-dx/plugin-core/shared'
import React from 'react'

import type { ServerT } from './talentT'

import { talentT } from './talentT'

type Props = Partial<Pick<ServerFieldBase, 'data' | 'i18n' | 'id' | 'payload' | 'req'>>

const box: React.CSSProperties = { border: '1px solid var(--theme-elevation-150)', borderRadius: 6, margin: '24px 0', padding: 16 }
const row: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: '6px 0' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)' }

const Section = ({ adminRoute, section, t }: { adminRoute: string; section: TrackRecordSection; t: ServerT }) => (
  <section data-testid={`track-record-${section.kind}`} style={{ marginTop: 12 }}>
    <h4 style={{ margin: '0 0 4px' }}>
      {section.label}（{section.items.length}）
    </h4>
    {section.items.length === 0 ? <p style={muted}>{t('trackRecord.empty')}</p> : null}
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {section.items.map((item, i) => (
        <li key={`${item.url ?? item.title}-${i}`} style={row}>
          {item.date ? <span style={muted}>{formatJstDate(item.date)} </span> : null}
          {item.url ? <a href={`${adminRoute}${item.url}`}>{item.title}</a> : item.title}
          {item.detail ? <div style={muted}>{item.detail}</div> : null}
        </li>
      ))}
    </ul>
  </section>
)

/**
 * 「実績」 on a saved profile: help the person gave and what other plugins keep of them (adopted
 * ideas), as the viewer may see it; read from the database when the page renders.
 */
export const TrackRecord = async ({ data, i18n, id, payload, req }: Props) => {
  const t = talentT(i18n)
  const owner = idOf(data?.user)
  const sections = id && payload && req && owner !== null ? await trackRecordOf(req, owner) : null
  return (
    <div className="field-type" data-testid="talent-track-record" style={box}>
      <h3 style={{ margin: '0 0 4px' }}>{t('trackRecord.title')}</h3>
      <p style={{ ...muted, margin: 0 }}>{sections ? t('trackRecord.intro') : t('trackRecord.unsaved')}</p>
      {(sections ?? []).map((section) => (
        <Section adminRoute={payload!.config.routes.admin} key={section.kind} section={section} t={t} />
      ))}
    </div>
  )
}
