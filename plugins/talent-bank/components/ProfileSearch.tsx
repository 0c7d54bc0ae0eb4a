'use client'
import { ErrorText, errorOf, sendJson, useApiBase } from '@akita-dx/plugin-core/client'
import { Button, useConfig } from '@payloadcms/ui'
import React, { useState } from 'react'

import { SKILL_LEVELS, SKILLS, STAFF_PROFILES } from '../constants'
import { type Hit, Hits } from './search/Hits'
import { useOptions } from './search/useOptions'
import { useTalentT } from './useTalentT'

const field: React.CSSProperties = { display: 'grid', gap: 4, minWidth: 180 }

/**
 * Above the profiles list: colleagues by skill (at a level or above), 資格 and past department,
 * within each profile's 公開範囲, each found with what matched.
 */
export const ProfileSearch = ({ departments }: { departments: string }) => {
  const api = useApiBase()
  const { config } = useConfig()
  const t = useTalentT()
  const skills = useOptions(api, SKILLS)
  const sections = useOptions(api, departments)
  const [criteria, setCriteria] = useState({ department: '', minLevel: '1', qualification: '', skill: '' })
  const [hits, setHits] = useState<Hit[] | null>(null)
  const [error, setError] = useState('')
  const set = (key: keyof typeof criteria) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
    setCriteria((current) => ({ ...current, [key]: e.target.value }))

  const run = async (e: React.FormEvent) => {
    e.preventDefault()
    const query = new URLSearchParams(Object.entries(criteria).filter(([key, value]) => value && (key !== 'minLevel' || criteria.skill)))
    const { body, ok, status } = await sendJson('GET', `${api}/${STAFF_PROFILES}/search?${query}`)
    setError(ok ? '' : errorOf(body, status))
    setHits(ok ? body.docs : null)
  }

  return (
    <form aria-label={t('search.title')} data-testid="talent-search" onSubmit={run} style={{ display: 'grid', gap: 12, marginBottom: 24 }}>
      <strong>{t('search.title')}</strong>
      <div style={{ alignItems: 'end', display: 'flex', flexWrap: 'wrap', gap: 12 }}>
        <label style={field}>
          {t('search.skill')}
          <select onChange={set('skill')} value={criteria.skill}>
            <option value="">{t('search.any')}</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          {t('search.minLevel')}
          <select disabled={!criteria.skill} onChange={set('minLevel')} value={criteria.minLevel}>
            {SKILL_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t('search.levelOrAbove', { level })}
              </option>
            ))}
          </select>
        </label>
        <label style={field}>
          {t('search.qualification')}
          <input
            maxLength={100}
            onChange={set('qualification')}
            placeholder={t('search.qualificationHelp')}
            value={criteria.qualification}
          />
        </label>
        <label style={field}>
          {t('search.department')}
          <select onChange={set('department')} value={criteria.department}>
            <option value="">{t('search.any')}</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
        <Button buttonStyle="primary" margin={false} type="submit">
          {t('search.submit')}
        </Button>
      </div>
      <ErrorText>{error}</ErrorText>
      {hits === null ? null : hits.length === 0 ? (
        <p role="status">{t('search.none')}</p>
      ) : (
        <>
          <p role="status">{t('search.found', { count: hits.length })}</p>
          <Hits admin={config.routes.admin} hits={hits} t={t} />
        </>
      )}
    </form>
  )
}
