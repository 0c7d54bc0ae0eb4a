/** The page decides how many results it shows: a link cannot make it list a hundred. */
const PAGE_DECIDES = new Set(['limit'])

export type PageSearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * A page's query as the API takes it: known parameters only, the first of a repeated one, empty
 * ones dropped (a GET form sends every control, chosen or not). Unknown ones are dropped rather
 * than refused: a shared link with a tracking parameter must still open.
 */
export const searchQuery = async (searchParams: PageSearchParams, known: readonly string[]): Promise<URLSearchParams> => {
  const given = await searchParams
  const query = new URLSearchParams()
  for (const name of known.filter((n) => !PAGE_DECIDES.has(n))) {
    const value = given[name]
    const first = Array.isArray(value) ? value[0] : value
    if (first && first.trim()) query.set(name, first.trim())
  }
  return query
}

/** The query with one parameter set (or removed when `value` is null), back on page 1. */
export const withParam = (query: URLSearchParams, name: string, value: null | string): URLSearchParams => {
  const next = new URLSearchParams(query)
  next.delete('page')
  if (value === null) next.delete(name)
  else next.set(name, value)
  return next
}

export const hrefOf = (path: string, query: URLSearchParams): string => (query.size ? `${path}?${query}` : path)

/** Japanese names of the parameters, for the errors the API gives about them. */
export const PARAM_LABELS: Readonly<Record<string, string>> = {
  amountMin: '上限額',
  employees: '従業員数',
  industry: '業種',
  kind: '種類',
  municipality: '事業を行う場所',
  page: 'ページ',
  provider: '実施機関',
  purpose: '目的',
  q: 'キーワード',
  sort: '並び順',
  stage: '事業のステージ',
  status: '受付状況',
}
