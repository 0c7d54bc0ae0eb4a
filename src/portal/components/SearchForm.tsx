import type { FacetCount, PublicReader, SubsidyFacets, Term } from '@akita-dx/plugin-public-api'

import { labelIn } from '@akita-dx/plugin-core/shared'
import React from 'react'

type Option = { count?: number; label: string; value: string }

const withCounts = (facet: FacetCount[] | undefined, terms: readonly Term[]): Option[] =>
  facet ?? terms.map(({ label, value }) => ({ label: labelIn(label), value }))

/** A labelled select whose options show how many programmes each would find. */
const Select = ({ all, label, name, options, value }: { all: string; label: string; name: string; options: Option[]; value: string }) => (
  <label className="field">
    <span>{label}</span>
    <select defaultValue={value} name={name}>
      <option value="">{all}</option>
      {options.map((o) => (
        <option disabled={o.count === 0 && o.value !== value} key={o.value} value={o.value}>
          {o.count === undefined ? o.label : `${o.label}（${o.count}件）`}
        </option>
      ))}
    </select>
  </label>
)

const STATUS_CHOICES: Option[] = [
  { label: '受付中・受付予定', value: '' },
  { label: '締切間近', value: 'closing_soon' },
  { label: '受付中', value: 'open,closing_soon' },
  { label: '受付予定', value: 'upcoming' },
  { label: '終了したものも含む', value: 'all' },
]

const AMOUNTS = [
  { label: '50万円以上', value: '500000' },
  { label: '100万円以上', value: '1000000' },
  { label: '500万円以上', value: '5000000' },
  { label: '1,000万円以上', value: '10000000' },
]

/** The conditions behind 「詳しい条件」: a phone shows the keyword, the place and the purpose first. */
const MORE = ['industry', 'kind', 'provider', 'employees', 'amountMin', 'status', 'sort']

/** The orders to choose from; the first is the API's default, which is relevance once there is a keyword. */
const sortsFor = (keyword: boolean) => [
  ...(keyword
    ? [
        { label: '関連度順', value: '' },
        { label: '締切が近い順', value: 'deadline' },
      ]
    : [{ label: '締切が近い順', value: '' }]),
  { label: '上限額が大きい順', value: '-amount' },
  { label: '新着順', value: 'newest' },
]

/**
 * The programme search as a plain GET form: it works without JavaScript, and the URL it makes
 * can be shared. The parameters are the public API's own.
 */
export const SearchForm = ({
  compact = false,
  facets,
  query,
  reader,
}: {
  /** Keyword, place and purpose only, with a link to the full search (the top page, on a phone). */
  compact?: boolean
  facets?: SubsidyFacets
  query: URLSearchParams
  reader: PublicReader
}) => {
  const v = (name: string) => query.get(name) ?? ''
  const { industries, kinds, municipalities, providerLevels, purposes } = reader.vocabulary
  const plain = (terms: readonly Term[]) => terms.map(({ label, value }) => ({ label: labelIn(label), value }))
  return (
    <form action="/subsidies" className="search-form" method="get" role="search">
      <label className="field field-q">
        <span>キーワード</span>
        <input defaultValue={v('q')} maxLength={100} name="q" placeholder="例：創業 空き店舗" type="search" />
      </label>
      <div className="filters">
        <Select all="すべての市町村" label="事業を行う場所" name="municipality" options={plain(municipalities)} value={v('municipality')} />
        <Select all="すべての目的" label="目的" name="purpose" options={withCounts(facets?.purpose, purposes)} value={v('purpose')} />
      </div>
      {compact ? null : (
        // Open when one of these is chosen, so a shared link shows all it asks.
        <details className="more-conditions" open={MORE.some((name) => query.has(name))}>
          <summary>業種・種類・従業員数・上限額・受付状況・並び順</summary>
          <div className="filters">
            <Select all="すべての業種" label="業種" name="industry" options={plain(industries)} value={v('industry')} />
            <Select all="すべての種類" label="種類" name="kind" options={withCounts(facets?.kind, kinds)} value={v('kind')} />
            <Select
              all="すべての実施機関"
              label="実施機関"
              name="provider"
              options={withCounts(facets?.provider, providerLevels)}
              value={v('provider')}
            />
            <label className="field">
              <span>従業員数</span>
              <input defaultValue={v('employees')} inputMode="numeric" min={0} name="employees" placeholder="例：5" type="number" />
            </label>
            <Select all="指定しない" label="上限額" name="amountMin" options={AMOUNTS} value={v('amountMin')} />
            <label className="field">
              <span>受付状況</span>
              <select defaultValue={v('status')} name="status">
                {STATUS_CHOICES.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>並び順</span>
              <select defaultValue={v('sort')} name="sort">
                {sortsFor(Boolean(v('q').trim())).map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </details>
      )}
      <button className="button" type="submit">
        この条件で探す
      </button>
      {compact ? (
        <p className="more-filters">
          <a href="/subsidies">業種・従業員数・上限額などの条件で探す</a>
        </p>
      ) : null}
    </form>
  )
}
