'use client'
import { formatJstDate, formatJstPeriod } from '@akita-dx/plugin-core/shared'
import React from 'react'

import type { TalentT } from '../useTalentT'

export type Hit = {
  availability: null | string
  currentDepartment: null | string
  displayName: string
  id: number | string
  matched: {
    pastAssignments: { department: null | string; from: null | string; role: null | string; until: null | string }[]
    qualifications: { expires: null | string; name: string }[]
    skills: { level: number; name: null | string }[]
  }
}

/** What matched for each colleague found, with a link to their profile. */
export const Hits = ({ admin, hits, t }: { admin: string; hits: Hit[]; t: TalentT }) => (
  <ul data-testid="talent-search-hits" style={{ display: 'grid', gap: 8, listStyle: 'none', margin: 0, padding: 0 }}>
    {hits.map((hit) => (
      <li key={hit.id} style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '8px 12px' }}>
        <a href={`${admin}/collections/staff-profiles/${hit.id}`}>
          <strong>{hit.displayName}</strong>
        </a>
        {hit.currentDepartment ? `（${hit.currentDepartment}）` : ''}
        {hit.availability ? ` ${t('search.availability')}: ${t(`availability.${hit.availability}` as never)}` : ''}
        <div style={{ color: 'var(--theme-elevation-700)', fontSize: 13 }}>
          {hit.matched.skills.map((s) => `${s.name ?? ''} Lv${s.level}`).join('、')}
          {hit.matched.qualifications
            .map((q) => `${q.name}${q.expires ? t('search.expires', { date: formatJstDate(q.expires) }) : ''}`)
            .join('、')}
          {hit.matched.pastAssignments
            .map((p) => `${p.department ?? ''}${p.role ? ` ${p.role}` : ''} ${formatJstPeriod(p.from, p.until)}`)
            .join('、')}
        </div>
      </li>
    ))}
  </ul>
)
