'use client'
import { formatNumber } from '@akita-dx/plugin-core/shared'
import { useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { CountWarnings } from './CountWarnings'
import { errorOf, postJson, useApiBase } from './useApi'
import { useLineT } from './useLineT'

type CountState = { count?: number; error?: string; loading: boolean; warnings: { code: string; message: string }[] }

/** The number of followers the rule being edited reaches now, with LINE's small-audience warnings. */
export const SegmentCount = () => {
  const api = useApiBase()
  const t = useLineT()
  const municipalities = useFormFields(([fields]) => fields.municipalities?.value)
  const ageBands = useFormFields(([fields]) => fields.ageBands?.value)
  const interests = useFormFields(([fields]) => fields.interests?.value)
  const combinator = useFormFields(([fields]) => fields.combinator?.value)
  const [state, setState] = useState<CountState>({ loading: true, warnings: [] })
  const rule = JSON.stringify({
    ageBands: ageBands ?? [],
    combinator: combinator ?? 'and',
    interests: interests ?? [],
    municipalities: municipalities ?? [],
  })

  useEffect(() => {
    const controller = new AbortController()
    const timer = setTimeout(async () => {
      setState((s) => ({ ...s, loading: true }))
      try {
        const { body, ok, status } = await postJson(`${api}/line-segments/count`, JSON.parse(rule), controller.signal)
        if (!ok) setState({ error: errorOf(body, status), loading: false, warnings: [] })
        else setState({ count: body.count, loading: false, warnings: body.warnings ?? [] })
      } catch (error) {
        if (!controller.signal.aborted) setState({ error: String(error), loading: false, warnings: [] })
      }
    }, 300)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [api, rule])

  return (
    <div className="field-type" style={{ marginBottom: 24 }}>
      <div style={{ fontSize: 13, marginBottom: 4 }}>{t('countTitle')}</div>
      <div aria-live="polite" data-testid="line-segment-count" style={{ fontSize: 28, fontWeight: 700 }}>
        {state.error ? '—' : state.count === undefined ? '…' : t('countPeople', { count: formatNumber(state.count) })}
        {state.loading && state.count !== undefined ? <span style={{ fontSize: 12, marginLeft: 8 }}>{t('countUpdating')}</span> : null}
      </div>
      {state.error ? <div style={{ color: '#b00020' }}>{state.error}</div> : null}
      <CountWarnings warnings={state.warnings} />
    </div>
  )
}
