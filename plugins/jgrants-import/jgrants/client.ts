import type { ResolvedJgrantsOptions } from '../types'

/** A failure to talk to jGrants (HTTP error, error page, timeout, not the documented JSON). */
class JgrantsRequestError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message)
    this.name = 'JgrantsRequestError'
  }
}

/** jGrants wraps every answer as `{ metadata: { resultset: { count } }, result: [...] }`. */
const getResult = async (url: string, timeoutMs: number): Promise<unknown[]> => {
  let res: Response
  try {
    res = await fetch(url, { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    throw new JgrantsRequestError(`jGrants did not answer ${url}: ${(error as Error).message}`)
  }
  const text = await res.text()
  if (!res.ok) throw new JgrantsRequestError(`jGrants answered ${res.status} for ${url}`, res.status)
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new JgrantsRequestError(`jGrants answered ${url} with something that is not JSON`, res.status)
  }
  const result = (body as { result?: unknown })?.result
  if (!Array.isArray(result)) throw new JgrantsRequestError(`jGrants answer for ${url} has no result list`, res.status)
  return result
}

/** Ids of the programmes the list endpoint finds for every keyword, merged, in first-seen order. */
export const listSubsidyIds = async (options: ResolvedJgrantsOptions): Promise<string[]> => {
  const ids = new Set<string>()
  for (const keyword of options.keywords) {
    const params = new URLSearchParams({
      acceptance: options.onlyAccepting ? '1' : '0',
      keyword,
      order: 'DESC',
      sort: 'acceptance_end_datetime',
      ...(options.targetArea ? { target_area_search: options.targetArea } : {}),
    })
    const result = await getResult(`${options.baseUrl}/exp/v1/public/subsidies?${params}`, options.timeoutMs)
    for (const item of result) {
      const id = (item as { id?: unknown })?.id
      if (typeof id === 'string' && id.trim()) ids.add(id.trim())
    }
  }
  return [...ids]
}

/** One programme's detail (`/subsidies/id/{id}`): the first item of its result list. */
export const fetchSubsidyDetail = async (options: ResolvedJgrantsOptions, id: string): Promise<unknown> => {
  const result = await getResult(`${options.baseUrl}/exp/v1/public/subsidies/id/${encodeURIComponent(id)}`, options.timeoutMs)
  if (!result.length) throw new JgrantsRequestError(`jGrants has no detail for ${id}`)
  return result[0]
}
