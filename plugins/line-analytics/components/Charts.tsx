'use client'
import React from 'react'
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { PALETTE } from './format'

type Series = { keys: { key: string; label: string }[]; rows: Record<string, number | string>[] }

const shortDay = (day: string) => day.slice(5).replace('-', '/')

const box: React.CSSProperties = { background: 'var(--theme-elevation-50)', borderRadius: 6, marginBottom: 24, padding: 16 }

/** Clicks and unique clickers per day. */
export const DailyClicksChart = ({ daily, height = 260 }: { daily: { clicks: number; day: string; uniqueClicks: number }[]; height?: number }) => (
  <div data-testid="chart-daily" style={box}>
    <h3 style={{ margin: '0 0 8px' }}>日別クリック</h3>
    <ResponsiveContainer height={height} width="100%">
      <LineChart data={daily}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tickFormatter={shortDay} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Line dataKey="clicks" name="クリック数" stroke={PALETTE[0]} strokeWidth={2} type="monotone" />
        <Line dataKey="uniqueClicks" name="クリック者数" stroke={PALETTE[1]} strokeWidth={2} type="monotone" />
      </LineChart>
    </ResponsiveContainer>
  </div>
)

/** Unique clickers per day, stacked by segment or category. */
export const StackedChart = ({ series, testId, title }: { series: Series; testId: string; title: string }) => (
  <div data-testid={testId} style={box}>
    <h3 style={{ margin: '0 0 8px' }}>{title}</h3>
    {series.keys.length === 0 ? (
      <p>この期間のクリックはありません。</p>
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

/** The official account's friends, targeted reaches and blocks per day. */
export const FollowersChart = ({ account }: { account: { blocks: null | number; day: string; followers: null | number; targetedReaches: null | number }[] }) => (
  <div data-testid="chart-followers" style={box}>
    <h3 style={{ margin: '0 0 8px' }}>友だち数・ブロック数の推移</h3>
    {account.length === 0 ? (
      <p>まだ取得していません（毎日、前日分を LINE から取得します）。</p>
    ) : (
      <ResponsiveContainer height={240} width="100%">
        <LineChart data={account}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="day" tickFormatter={shortDay} />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Line dataKey="followers" name="友だち数" stroke={PALETTE[0]} strokeWidth={2} />
          <Line dataKey="targetedReaches" name="ターゲットリーチ" stroke={PALETTE[2]} strokeWidth={2} />
          <Line dataKey="blocks" name="ブロック数" stroke={PALETTE[9]} strokeWidth={2} />
        </LineChart>
      </ResponsiveContainer>
    )}
  </div>
)

/** Click rate (ours and LINE's) and open rate per delivery. */
export const RatesChart = ({ rows }: { rows: { clickRate: null | number; lineClickRate: null | number; openRate: null | number; title: string }[] }) => (
  <div data-testid="chart-rates" style={box}>
    <h3 style={{ margin: '0 0 8px' }}>配信別 開封率・クリック率（%）</h3>
    {rows.length === 0 ? (
      <p>この期間の配信はありません。</p>
    ) : (
      <ResponsiveContainer height={Math.max(180, rows.length * 36)} width="100%">
        <BarChart data={rows.map((r) => ({ ...r, title: r.title.length > 18 ? `${r.title.slice(0, 18)}…` : r.title }))} layout="vertical">
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" unit="%" />
          <YAxis dataKey="title" type="category" width={200} />
          <Tooltip />
          <Legend />
          <Bar dataKey="openRate" fill={PALETTE[2]} name="開封率（LINE）" />
          <Bar dataKey="clickRate" fill={PALETTE[0]} name="クリック率（計測リンク）" />
          <Bar dataKey="lineClickRate" fill={PALETTE[1]} name="クリック率（LINE）" />
        </BarChart>
      </ResponsiveContainer>
    )}
  </div>
)
