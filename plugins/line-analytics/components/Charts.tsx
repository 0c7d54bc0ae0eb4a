'use client'
import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { AccountDay, DailyClicks, Series } from '../dashboard/types'
import { PALETTE, panelBox } from './format'
import { useAnalyticsT } from './useAnalyticsT'

/** `MM/dd` of a `yyyy-MM-dd` day: axis ticks stay short. */
const shortDay = (day: string) => day.slice(5).replace('-', '/')

const Title = ({ children }: { children: React.ReactNode }) => <h3 style={{ margin: '0 0 8px' }}>{children}</h3>

/** Clicks and unique clickers per day. */
export const DailyClicksChart = ({ daily, height = 260 }: { daily: DailyClicks[]; height?: number }) => {
  const t = useAnalyticsT()
  return (
    <div data-testid="chart-daily" style={panelBox}>
      <Title>{t('chartDaily')}</Title>
      <ResponsiveContainer height={height} width="100%">
        <LineChart data={daily}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={shortDay} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line dataKey="clicks" name={t('legendClicks')} stroke={PALETTE[0]} strokeWidth={2} type="monotone" />
          <Line dataKey="uniqueClicks" name={t('legendClickers')} stroke={PALETTE[1]} strokeWidth={2} type="monotone" />
        </LineChart>
      </ResponsiveContainer>
    </div>
  )
}

/** Unique clickers per day, stacked by segment or category. */
export const StackedChart = ({ series, testId, title }: { series: Series; testId: string; title: string }) => {
  const t = useAnalyticsT()
  return (
    <div data-testid={testId} style={panelBox}>
      <Title>{title}</Title>
      {series.keys.length === 0 ? (
        <p>{t('chartNoClicks')}</p>
      ) : (
        <ResponsiveContainer height={260} width="100%">
          <BarChart data={series.rows}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={shortDay} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            {series.keys.map((k, i) => (
              <Bar dataKey={k.key} fill={PALETTE[i % PALETTE.length]} key={k.key} name={k.label} stackId="a" />
            ))}
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  )
}

/** The official account's friends, targeted reaches and blocks per day. */
export const FollowersChart = ({ account }: { account: AccountDay[] }) => {
  const t = useAnalyticsT()
  return (
    <div data-testid="chart-followers" style={panelBox}>
      <Title>{t('chartAccount')}</Title>
      {account.length === 0 ? (
        <p>{t('chartAccountEmpty')}</p>
      ) : (
        <ResponsiveContainer height={240} width="100%">
          <LineChart data={account}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="day" tickFormatter={shortDay} />
            <YAxis allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line dataKey="followers" name={t('accountFollowers')} stroke={PALETTE[0]} strokeWidth={2} />
            <Line dataKey="targetedReaches" name={t('accountTargetedReaches')} stroke={PALETTE[2]} strokeWidth={2} />
            <Line dataKey="blocks" name={t('accountBlocks')} stroke={PALETTE[9]} strokeWidth={2} />
          </LineChart>
        </ResponsiveContainer>
      )}
    </div>
  )
}

type RateRow = { clickRate: null | number; lineClickRate: null | number; openRate: null | number; title: string }

/** Click rate (ours and LINE's) and open rate per delivery. */
export const RatesChart = ({ rows }: { rows: RateRow[] }) => {
  const t = useAnalyticsT()
  return (
    <div data-testid="chart-rates" style={panelBox}>
      <Title>{t('chartRates')}</Title>
      {rows.length === 0 ? (
        <p>{t('chartNoDeliveries')}</p>
      ) : (
        <ResponsiveContainer height={Math.max(180, rows.length * 36)} width="100%">
          <BarChart data={rows.map((r) => ({ ...r, title: r.title.length > 18 ? `${r.title.slice(0, 18)}…` : r.title }))} layout="vertical">
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis type="number" unit="%" />
            <YAxis dataKey="title" type="category" width={200} />
            <Tooltip />
            <Legend />
            <Bar dataKey="openRate" fill={PALETTE[2]} name={t('legendOpenRate')} />
            <Bar dataKey="clickRate" fill={PALETTE[0]} name={t('legendClickRate')} />
            <Bar dataKey="lineClickRate" fill={PALETTE[1]} name={t('legendLineClickRate')} />
          </BarChart>
        </ResponsiveContainer>
      )}
    </div>
  )
}
