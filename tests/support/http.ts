/** A JSON request to a test server's REST API: status and parsed body (raw text when it is not JSON). */
export const api = async (
  baseUrl: string,
  path: string,
  init: { body?: unknown; headers?: Record<string, string>; method?: string } = {},
): Promise<{ json: any; status: number }> => {
  const res = await fetch(`${baseUrl}/api${path}`, {
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    headers: { 'content-type': 'application/json', ...(init.headers ?? {}) },
    method: init.method ?? 'GET',
  })
  const text = await res.text()
  try {
    return { json: text ? JSON.parse(text) : null, status: res.status }
  } catch {
    return { json: { raw: text }, status: res.status }
  }
}

/** The first error message of a `{ errors: [{ message }] }` body. */
export const errorMessage = (body: unknown): string | undefined =>
  (body as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message
