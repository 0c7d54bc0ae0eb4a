import type { PublicReader, SubsidyDetail } from '@akita-dx/plugin-public-api'

import { formatJstDate } from '@akita-dx/plugin-core/shared'
import React from 'react'

import { formatAcceptance, formatYen } from '../format'
import { areaLabel, termLabel } from '../labels'

/** One row of a definition list; nothing when there is nothing to say. */
export const Fact = ({ children, label, value }: { children?: React.ReactNode; label: string; value?: null | string }) =>
  children || value ? (
    <div>
      <dt>{label}</dt>
      <dd>{children ?? value}</dd>
    </div>
  ) : null

const labels = (terms: Parameters<typeof termLabel>[0], values: string[]) => values.map((v) => termLabel(terms, v)).join('、')

/** The facts a founder compares programmes by, in the order they ask them. */
export const SubsidyFacts = ({ programme: p, reader }: { programme: SubsidyDetail; reader: PublicReader }) => {
  const { industries, purposes, stages } = reader.vocabulary
  return (
    <dl className="facts facts-main">
      <Fact label="種類" value={p.kindLabel} />
      <Fact label="受付状況">
        <span className={`status status-${p.status}`}>{p.statusLabel}</span>
      </Fact>
      <Fact label="受付期間" value={formatAcceptance(p)} />
      <Fact label="上限額" value={formatYen(p.maxAmount) ?? '定めなし・問い合わせ先へ'} />
      <Fact label="補助率・条件" value={p.rateText} />
      <Fact label="対象地域" value={areaLabel(reader, p.area, p.municipalities)} />
      <Fact label="対象者" value={p.eligibleEntities} />
      <Fact label="従業員数" value={p.employeeLimit === null ? null : `${p.employeeLimit.toLocaleString('ja-JP')}名以下`} />
      <Fact label="業種" value={p.industries.length ? labels(industries, p.industries) : '業種を問いません'} />
      <Fact label="事業のステージ" value={labels(stages, p.stages)} />
      <Fact label="目的" value={labels(purposes, p.purposes)} />
      <Fact label="実施機関" value={p.provider.name || p.provider.levelLabel} />
      <Fact label="情報の更新日" value={typeof p.updatedAt === 'string' ? formatJstDate(p.updatedAt) : null} />
    </dl>
  )
}
