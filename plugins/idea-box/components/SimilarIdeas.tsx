'use client'
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Hit = { id: number | string; state: string; title: string; votesCount: number }
type LexicalNode = { children?: LexicalNode[]; text?: string }

/** The words of the body being typed (the editor's state), enough to compare with. */
const wordsOf = (node: LexicalNode | undefined): string =>
  !node ? '' : typeof node.text === 'string' ? node.text : (node.children ?? []).map(wordsOf).join(' ')

/**
 * 「似たアイデア」 under the title of a new idea: while staff write, the existing ideas most like
 * it, so that they vote for one instead of posting it again. Shown only before the first save.
 */
export const SimilarIdeas = () => {
  const { config } = useConfig()
  const { id } = useDocumentInfo()
  const { t } = useTranslation()
  const text = t as (key: string, vars?: Record<string, unknown>) => string
  const title = String(useFormFields(([fields]) => fields.title?.value) ?? '')
  const body = wordsOf((useFormFields(([fields]) => fields.body?.value) as { root?: LexicalNode } | undefined)?.root).slice(0, 1000)
  const [hits, setHits] = useState<Hit[]>([])
  const api = `${config.serverURL ?? ''}${config.routes?.api ?? '/api'}`

  useEffect(() => {
    if (id || title.trim().length < 2) return setHits([])
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      const query = new URLSearchParams({ body, title })
      const res = await fetch(`${api}/ideas/similar?${query}`, { credentials: 'include', signal: controller.signal }).catch(() => null)
      if (res?.ok) setHits(((await res.json()) as { docs: Hit[] }).docs)
    }, 400)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, body, id, title])

  if (id || hits.length === 0) return null
  return (
    <div aria-live="polite" className="field-type" data-testid="similar-ideas" style={{ marginBottom: 24 }}>
      <strong>{text('plugin-idea-box:similar.title')}</strong>
      <div style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>{text('plugin-idea-box:similar.help')}</div>
      <ul style={{ margin: '8px 0 0', paddingLeft: 20 }}>
        {hits.map((hit) => (
          <li key={hit.id}>
            <a href={`${config.routes?.admin ?? '/admin'}/collections/ideas/${hit.id}`} rel="noreferrer" target="_blank">
              {hit.title}
            </a>{' '}
            <span style={{ color: 'var(--theme-elevation-600)', fontSize: 13 }}>
              {text('plugin-idea-box:similar.meta', { state: text(`plugin-idea-box:state.${hit.state}`), votes: hit.votesCount })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
