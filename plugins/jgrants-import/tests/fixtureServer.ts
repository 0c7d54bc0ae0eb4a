import type { AddressInfo } from 'node:net'

import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const DIR = fileURLToPath(new URL('./responses', import.meta.url))
const read = (file: string) => fs.readFileSync(path.join(DIR, file), 'utf8')

export const MALFORMED_ID = 'a0W5h00000UbWwEEAV'
export const BROKEN_ID = 'a0W5h00000UbXxFEAV'

/**
 * A local stand-in for jGrants' public API that answers with the recorded responses. Tests can
 * take the list down (maintenance page) or replace a detail to simulate an upstream change.
 */
export const startJgrantsFixture = async () => {
  const state = {
    details: new Map<string, unknown>(),
    listDown: false,
    requests: [] as string[],
  }
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    state.requests.push(url.pathname + url.search)
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
      res.end(typeof body === 'string' ? body : JSON.stringify(body))
    }
    const html = (status: number) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' })
      res.end(read('maintenance.html'))
    }
    if (url.pathname === '/exp/v1/public/subsidies') {
      if (state.listDown) return html(503)
      const keyword = url.searchParams.get('keyword') ?? ''
      // jGrants refuses a list request without a keyword of at least two characters.
      if (keyword.length < 2) return json(400, { message: 'keyword は2文字以上で指定してください' })
      return json(200, read('list.json'))
    }
    const detail = url.pathname.match(/^\/exp\/v1\/public\/subsidies\/id\/([^/]+)$/)
    if (detail) {
      const id = decodeURIComponent(detail[1])
      if (id === BROKEN_ID) return html(500)
      if (id === MALFORMED_ID) return json(200, read('detail-malformed.json'))
      if (state.details.has(id)) return json(200, { metadata: { resultset: { count: 1 } }, result: [state.details.get(id)] })
      const file = `detail-${id}.json`
      if (fs.existsSync(path.join(DIR, file))) return json(200, read(file))
      return json(404, { message: 'not found' })
    }
    json(404, { message: 'not found' })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    /** The recorded detail of `id`, parsed, for tests to modify. */
    recorded: (id: string) => (JSON.parse(read(`detail-${id}.json`)) as { result: Record<string, unknown>[] }).result[0],
    state,
  }
}
