import type { Diagnosis, PublicReader } from '@akita-dx/plugin-public-api'

import React from 'react'

import { SubsidyCard } from './SubsidyCard'

type Hit = Diagnosis['matches'][number]

/** Cards of programmes, each with its lines of reasons under it. */
const Hits = <H extends Hit>({
  hits,
  label,
  lines,
  reader,
  unmet = false,
}: {
  hits: H[]
  label: string
  lines: (hit: H) => string[]
  reader: PublicReader
  unmet?: boolean
}) => (
  <div className="cards">
    {hits.map((hit) => (
      <div className="diagnosis-hit" key={hit.id}>
        <SubsidyCard card={hit} reader={reader} />
        <ul aria-label={label} className={unmet ? 'reasons unmet' : 'reasons'}>
          {lines(hit).map((line) => (
            <li key={line}>
              {unmet ? '✕' : '✓'} {line}
            </li>
          ))}
        </ul>
      </div>
    ))}
  </div>
)

/** The diagnosis: what fits with ✓ reasons, then what is one condition short with ✕ the condition. */
export const DiagnosisResults = ({ diagnosis, reader }: { diagnosis: Diagnosis; reader: PublicReader }) => (
  <>
    <section aria-labelledby="matches">
      <h2 id="matches">使える可能性がある制度（{diagnosis.totalMatches}件）</h2>
      {diagnosis.matches.length ? (
        <Hits hits={diagnosis.matches} label="合う理由" lines={(hit) => hit.reasons} reader={reader} />
      ) : (
        <p className="empty">すべての条件に合う制度は見つかりませんでした。下の「あと一歩の制度」もご覧ください。</p>
      )}
    </section>
    {diagnosis.nearMisses.length ? (
      <section aria-labelledby="near">
        <h2 id="near">あと一歩の制度</h2>
        <p className="lead">条件が一つだけ合わない制度です。要件が変われば使えるかもしれません。</p>
        <Hits hits={diagnosis.nearMisses} label="合わない条件" lines={(hit) => hit.unmet} reader={reader} unmet />
      </section>
    ) : null}
    <p className="attribution">診断は掲載情報にもとづく目安です。申請できるかどうかは、各制度の問い合わせ先でご確認ください。</p>
  </>
)
