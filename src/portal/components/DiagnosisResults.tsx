import type { Diagnosis, PublicReader } from '@akita-dx/plugin-public-api'

import React from 'react'

import { SubsidyCard } from './SubsidyCard'

/** The diagnosis: what fits with ✓ reasons, then what is one condition short with ✕ the condition. */
export const DiagnosisResults = ({ diagnosis, reader }: { diagnosis: Diagnosis; reader: PublicReader }) => (
  <>
    <section aria-labelledby="matches">
      <h2 id="matches">使える可能性がある制度（{diagnosis.totalMatches}件）</h2>
      {diagnosis.matches.length ? (
        <div className="cards">
          {diagnosis.matches.map((hit) => (
            <div className="diagnosis-hit" key={hit.id}>
              <SubsidyCard card={hit} reader={reader} />
              <ul aria-label="合う理由" className="reasons">
                {hit.reasons.map((reason) => (
                  <li key={reason}>✓ {reason}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : (
        <p className="empty">すべての条件に合う制度は見つかりませんでした。下の「あと一歩の制度」もご覧ください。</p>
      )}
    </section>
    {diagnosis.nearMisses.length ? (
      <section aria-labelledby="near">
        <h2 id="near">あと一歩の制度</h2>
        <p className="lead">条件が一つだけ合わない制度です。要件が変われば使えるかもしれません。</p>
        <div className="cards">
          {diagnosis.nearMisses.map((hit) => (
            <div className="diagnosis-hit" key={hit.id}>
              <SubsidyCard card={hit} reader={reader} />
              <ul aria-label="合わない条件" className="reasons unmet">
                {hit.unmet.map((reason) => (
                  <li key={reason}>✕ {reason}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>
    ) : null}
    <p className="attribution">診断は掲載情報にもとづく目安です。申請できるかどうかは、各制度の問い合わせ先でご確認ください。</p>
  </>
)
