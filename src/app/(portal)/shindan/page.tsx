import type { Metadata } from 'next'

import { labelIn } from '@akita-dx/plugin-core/shared'
import React from 'react'

import { DiagnosisResults } from '../../../portal/components/DiagnosisResults'
import { ParamErrors } from '../../../portal/components/ParamErrors'
import { pageMetadata } from '../../../portal/metadata'
import { type PageSearchParams, searchQuery } from '../../../portal/query'
import { portalReader } from '../../../portal/reader'

export const dynamic = 'force-dynamic'

type Props = { searchParams: PageSearchParams }

export const generateMetadata = async (): Promise<Metadata> =>
  pageMetadata(await portalReader(), {
    description: '事業を行う場所、ステージ、従業員数、業種、目的に答えるだけで、使える支援制度と、その理由がわかります。',
    path: '/shindan',
    title: 'かんたん診断',
  })

type Term = { label: Record<string, string> | string; value: string }

const Question = ({ label, name, terms, value }: { label: string; name: string; terms: readonly Term[]; value: string }) => (
  <label className="field">
    <span>{label}</span>
    <select defaultValue={value} name={name}>
      <option value="">選んでください</option>
      {terms.map((t) => (
        <option key={t.value} value={t.value}>
          {labelIn(t.label)}
        </option>
      ))}
    </select>
  </label>
)

/** かんたん診断: five questions in jGrants' vocabulary, then what fits and why, and what nearly fits and why not. */
const Shindan = async ({ searchParams }: Props) => {
  const reader = await portalReader()
  const query = await searchQuery(searchParams, reader.queryParams.diagnosis)
  const { industries, municipalities, purposes, stages } = reader.vocabulary
  const v = (name: string) => query.get(name) ?? ''
  const result = query.size ? await reader.diagnosis(query) : null
  return (
    <>
      <h1>かんたん診断</h1>
      <p className="lead">あなたの事業について答えると、使える支援制度と、その理由がわかります。わからない項目は空けたままで構いません。</p>
      <form action="/shindan" className="search-form" method="get">
        <div className="filters">
          <Question label="事業を行う場所" name="municipality" terms={municipalities} value={v('municipality')} />
          <Question label="事業のステージ" name="stage" terms={stages} value={v('stage')} />
          <label className="field">
            <span>従業員数（役員を除く）</span>
            <input defaultValue={v('employees')} inputMode="numeric" min={0} name="employees" placeholder="例：3" type="number" />
          </label>
          <Question label="業種" name="industry" terms={industries} value={v('industry')} />
          <Question label="目的" name="purpose" terms={purposes} value={v('purpose')} />
        </div>
        <button className="button" type="submit">
          診断する
        </button>
      </form>
      {result?.ok ? <DiagnosisResults diagnosis={result.value} reader={reader} /> : null}
      {result && !result.ok ? <ParamErrors errors={result.errors} title="回答を確認してください。" /> : null}
    </>
  )
}

export default Shindan
