import type { ServerFieldBase } from 'payload'

import { formatNumber } from '@akita-dx/plugin-core/shared'
import React from 'react'

import { serverLineT } from '../translations'
import type { StepContent } from '../steps/message'
import { seriesFigures } from '../steps/statistics'

type Props = Partial<Pick<ServerFieldBase, 'data' | 'i18n' | 'id' | 'payload'>>

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 6,
  margin: '0 0 24px',
  padding: '12px 16px',
}
const cell: React.CSSProperties = { borderTop: '1px solid var(--theme-elevation-100)', padding: '6px 8px', textAlign: 'right' }
const muted: React.CSSProperties = { color: 'var(--theme-elevation-600)', margin: 0 }

/**
 * 「配信実績」 of a saved series: how many residents it started for, where they are, and per step
 * how many it reached and how many left before it; counted when the page renders.
 */
export const StepStatistics = async ({ data, i18n, id, payload }: Props) => {
  const t = serverLineT(i18n)
  if (!id || !payload) {
    return (
      <div className="field-type" data-testid="line-step-statistics" style={box}>
        <h3 style={{ margin: '0 0 4px' }}>{t('stepStatistics')}</h3>
        <p style={muted}>{t('stepStatisticsUnsaved')}</p>
      </div>
    )
  }
  const steps = ((data?.steps ?? []) as StepContent[]).filter((s) => Number.isFinite(Number(s.day)))
  const figures = await seriesFigures(payload, id, steps)
  return (
    <div className="field-type" data-testid="line-step-statistics" style={box}>
      <h3 style={{ margin: '0 0 4px' }}>{t('stepStatistics')}</h3>
      <p style={muted}>
        {t('stepStatisticsSummary', {
          active: formatNumber(figures.active),
          completed: formatNumber(figures.completed),
          enrolled: formatNumber(figures.enrolled),
        })}
      </p>
      {figures.steps.length > 0 ? (
        <table style={{ borderCollapse: 'collapse', marginTop: 8, width: '100%' }}>
          <thead>
            <tr>
              {(['stepDay', 'stepSent', 'stepStoppedBefore', 'stepFailed'] as const).map((key) => (
                <th key={key} style={{ ...cell, textAlign: key === 'stepDay' ? 'left' : 'right' }}>
                  {t(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.steps.map((step) => (
              <tr data-testid={`line-step-row-${step.day}`} key={step.day}>
                <td style={{ ...cell, textAlign: 'left' }}>{t('stepDayLabel', { day: step.day })}</td>
                <td style={cell}>{formatNumber(step.sent)}</td>
                <td style={cell}>{formatNumber(step.stoppedBefore)}</td>
                <td style={cell}>{formatNumber(step.failed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  )
}
