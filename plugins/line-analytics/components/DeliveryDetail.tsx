import React from 'react'

import type { DeliveryFigures } from '../queries/deliveryFigures'

import { CHECKPOINTS, MANUAL_CHECKPOINT } from '../constants'
import { figure, percent } from './format'
import { RefreshInsightButton } from './RefreshInsightButton'

const cell: React.CSSProperties = { borderBottom: '1px solid var(--theme-elevation-150)', padding: '4px 8px', textAlign: 'right' }
const left: React.CSSProperties = { ...cell, textAlign: 'left', wordBreak: 'break-all' }

const CHECKPOINT_LABELS: Record<string, string> = Object.fromEntries([...CHECKPOINTS, MANUAL_CHECKPOINT].map((c) => [c.key, c.label]))

/** One delivery: clicks per link and LINE's figures at each checkpoint. */
export const DeliveryDetail = ({ figures }: { figures: DeliveryFigures }) => {
  const pending = figures.lineStatistics === 'pending'
  return (
    <section data-testid="line-analytics-delivery" style={{ background: 'var(--theme-elevation-50)', borderRadius: 6, marginBottom: 24, padding: 16 }}>
      <h2 style={{ marginTop: 0 }}>{figures.documentTitle ?? `配信 #${figures.id}`}</h2>
      <p>
        配信対象 {figure(figures.recipients)} ／ 配信数 {figure(figures.delivered)} ／ 開封者（LINE） {figure(figures.uniqueImpressions, pending)}（{percent(figures.openRate)}）
        ／ クリック {figure(figures.clicks)}・クリック者 {figure(figures.uniqueClicks)}（{percent(figures.clickRate)}） ／ クリック者（LINE）{' '}
        {figure(figures.lineUniqueClicks, pending)}
      </p>
      <h3>リンク別クリック</h3>
      <table style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
        <thead>
          <tr>
            <th style={left}>リンク先</th>
            <th style={left}>コード</th>
            <th style={cell}>クリック</th>
            <th style={cell}>クリック者</th>
          </tr>
        </thead>
        <tbody>
          {figures.links.map((l) => (
            <tr key={l.code}>
              <td style={left}>{l.url}</td>
              <td style={left}>{l.code}</td>
              <td style={cell}>{figure(l.clicks)}</td>
              <td style={cell}>{figure(l.uniqueClicks)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>
        LINE の統計（取得時点ごと）
        {figures.status === 'done' || figures.status === 'partial' ? <RefreshInsightButton deliveryId={figures.id} /> : null}
      </h3>
      {figures.snapshots.length === 0 ? (
        <p>まだ取得していません（配信の1時間後から自動で取得します）。</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', fontSize: 13, width: '100%' }}>
          <thead>
            <tr>
              <th style={left}>時点</th>
              <th style={cell}>配信数</th>
              <th style={cell}>開封者</th>
              <th style={cell}>クリック者</th>
              <th style={left}>取得日時</th>
            </tr>
          </thead>
          <tbody>
            {figures.snapshots.map((s) => (
              <tr key={`${s.checkpoint}-${s.fetchedAt}`}>
                <td style={left}>{CHECKPOINT_LABELS[s.checkpoint] ?? s.checkpoint}</td>
                <td style={cell}>{figure(s.delivered)}</td>
                <td style={cell}>{figure(s.uniqueImpressions)}</td>
                <td style={cell}>{figure(s.uniqueClicks)}</td>
                <td style={left}>{s.fetchedAt.slice(0, 16).replace('T', ' ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
