'use client'
import { sendJson } from '@akita-dx/plugin-core/client'
import { useEffect, useState } from 'react'

export type Option = { id: number | string; name: string }

/** Names and ids of a collection the caller may read (skills, departments), for a search form's selects. */
export const useOptions = (api: string, collection: string): Option[] => {
  const [options, setOptions] = useState<Option[]>([])
  useEffect(() => {
    const controller = new AbortController()
    void sendJson('GET', `${api}/${collection}?limit=500&depth=0&sort=name&select[name]=true`, undefined, controller.signal)
      .then(({ body, ok }) => ok && setOptions((body.docs ?? []).map((d: any) => ({ id: d.id, name: String(d.name) }))))
      .catch(() => undefined)
    return () => controller.abort()
  }, [api, collection])
  return options
}
