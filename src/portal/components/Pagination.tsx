import React from 'react'

/** Links to the previous and next pages and a few around this one, keeping every other parameter. */
export const Pagination = ({
  page,
  path,
  query,
  totalPages,
}: {
  page: number
  path: string
  query: URLSearchParams
  totalPages: number
}) => {
  if (totalPages <= 1) return null
  const href = (to: number) => {
    const next = new URLSearchParams(query)
    if (to === 1) next.delete('page')
    else next.set('page', String(to))
    const search = next.toString()
    return search ? `${path}?${search}` : path
  }
  const around = [page - 2, page - 1, page, page + 1, page + 2].filter((p) => p >= 1 && p <= totalPages)
  return (
    <nav aria-label="ページ送り" className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← 前へ
        </a>
      ) : null}
      {around.map((p) =>
        p === page ? (
          <span aria-current="page" className="current" key={p}>
            {p}
          </span>
        ) : (
          <a href={href(p)} key={p}>
            {p}
          </a>
        ),
      )}
      {page < totalPages ? (
        <a href={href(page + 1)} rel="next">
          次へ →
        </a>
      ) : null}
    </nav>
  )
}
