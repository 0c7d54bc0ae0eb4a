import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import type { RunningLineEmulator } from '../index'
import { api, clientsFor, failure, start, text, TOKEN, userIds } from './helpers'

let emulator: RunningLineEmulator

beforeAll(async () => {
  emulator = await start()
})
afterAll(() => emulator.stop())
beforeEach(() => emulator.state.reset({ config: true, faults: true }))

const auth = { authorization: `Bearer ${TOKEN}` }
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  fetch(emulator.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...auth, ...headers }, body })

describe('LINE endpoints over raw HTTP', () => {
  it('every answer carries X-Line-Request-Id, including errors and unknown paths', async () => {
    const unknown = await fetch(`${emulator.url}/v2/bot/nothing-here`)
    expect(unknown.status).toBe(404)
    expect(unknown.headers.get('x-line-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(await unknown.json()).toEqual({ message: 'Not found' })
    const wrongMethod = await fetch(`${emulator.url}/v2/bot/message/push`, { headers: auth })
    expect(wrongMethod.status).toBe(405)
    expect(wrongMethod.headers.get('x-line-request-id')).toBeTruthy()
  })

  it('missing and invalid bearer tokens get LINE 401 messages', async () => {
    const body = JSON.stringify({ to: userIds(1)[0], messages: [text('a')] })
    const missing = await fetch(`${emulator.url}/v2/bot/message/push`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    })
    expect(missing.status).toBe(401)
    expect((await missing.json()).message).toBe(
      "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'",
    )
    const wrong = await post('/v2/bot/message/push', body, { authorization: 'Bearer not-the-token' })
    expect(wrong.status).toBe(401)
    expect((await wrong.json()).message).toBe('Authentication failed. Confirm that the access token in the authorization header is valid.')
    const sdk = await failure(clientsFor(emulator, 'stolen').messaging.getMessageQuota())
    expect(sdk.status).toBe(401)
    expect(emulator.state.deliveries.total).toBe(0)
  })

  it('malformed JSON is a 400 naming where parsing stopped', async () => {
    const response = await post('/v2/bot/message/push', '{"to": "U1",\n "messages": [}')
    expect(response.status).toBe(400)
    expect((await response.json()).message).toMatch(/^The request body could not be parsed as JSON \(line: \d+, column: \d+\)$/)
  })

  it('a value of the wrong type is reported like LINE does, without details', async () => {
    const response = await post('/v2/bot/message/push', JSON.stringify({ to: userIds(1)[0], messages: [{ type: 'text', text: 42 }] }))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({
      message: "The property, 'messages[0].text', in the request body is invalid (line: -, column: -)",
    })
  })

  it('bodies over 2 MB are refused with 413', async () => {
    const big = JSON.stringify({ to: userIds(1)[0], messages: [text('x'.repeat(2 * 1024 * 1024))] })
    const response = await post('/v2/bot/message/push', big)
    expect(response.status).toBe(413)
    expect(emulator.state.deliveries.total).toBe(0)
  })

  it('a non-JSON content type is refused with 415', async () => {
    const response = await post('/v2/bot/message/push', 'to=U1', { 'content-type': 'application/x-www-form-urlencoded' })
    expect(response.status).toBe(415)
  })

  it('retry keys must be UUIDs and only on the four sending endpoints', async () => {
    const body = JSON.stringify({ to: userIds(2), messages: [text('a')] })
    const notUuid = await post('/v2/bot/message/multicast', body, { 'x-line-retry-key': 'retry-1' })
    expect(notUuid.status).toBe(400)
    expect((await notUuid.json()).message).toBe("The value for the 'X-Line-Retry-Key' parameter is invalid")
    const onValidate = await post('/v2/bot/message/validate/push', JSON.stringify({ messages: [text('a')] }), {
      'x-line-retry-key': '123e4567-e89b-12d3-a456-426614174000',
    })
    expect(onValidate.status).toBe(400)
    expect(emulator.state.deliveries.total).toBe(0)
  })

  it('reply needs a reply token LINE issued', async () => {
    const response = await post('/v2/bot/message/reply', JSON.stringify({ replyToken: 'made-up', messages: [text('a')] }))
    expect(response.status).toBe(400)
    expect(await response.json()).toEqual({ message: 'Invalid reply token' })
  })
})

describe('control endpoints', () => {
  it('pages deliveries and filters by user', async () => {
    const line = clientsFor(emulator)
    const to = userIds(250)
    await line.messaging.multicast({ to, messages: [text('一斉')] })
    await line.messaging.pushMessage({ to: to[0], messages: [text('個別')] })
    const page2 = await api(emulator, '/_emulator/deliveries?page=2&limit=100')
    expect(page2.body).toMatchObject({ total: 251, users: 250, duplicates: 1, page: 2, limit: 100, totalPages: 3 })
    expect(page2.body.messages).toHaveLength(100)
    expect(page2.body.messages[0].userId).toBe(to[100])
    expect(Object.keys(page2.body.perUser)).toHaveLength(250)
    expect(page2.body.perUser[to[0]]).toBe(2)
    const one = await api(emulator, `/_emulator/deliveries?userId=${to[0]}`)
    expect(one.body.total).toBe(2)
    expect(one.body.messages.map((m: { endpoint: string }) => m.endpoint)).toEqual(['multicast', 'push'])
    const summary = await api(emulator, '/_emulator/deliveries?summary=1&perUser=0')
    expect(summary.body.messages).toBeUndefined()
    expect(summary.body.perUser).toBeUndefined()
    expect(summary.body.total).toBe(251)
    expect((await api(emulator, '/_emulator/deliveries?endpoint=fax')).status).toBe(400)
  })

  it('filters deliveries by request and lists narrowcasts and request counts', async () => {
    const line = clientsFor(emulator)
    const first = await line.messaging.multicastWithHttpInfo({ to: userIds(3), messages: [text('a')] })
    await line.messaging.multicast({ to: userIds(2, 'other'), messages: [text('b')] })
    const requestId = first.httpResponse.headers.get('x-line-request-id') as string
    const byRequest = await api(emulator, `/_emulator/deliveries?requestId=${requestId}`)
    expect(byRequest.body.total).toBe(3)
    expect(Object.keys(byRequest.body.perUser).sort()).toEqual([...userIds(3)].sort())
    // Long enough that a loaded machine still reads it before LINE's asynchronous phases move on.
    emulator.state.setConfig({ narrowcastPhaseMs: 60_000 })
    await line.messaging.narrowcast({ messages: [text('c')] })
    const narrowcasts = await api(emulator, '/_emulator/narrowcasts')
    expect(narrowcasts.body.narrowcasts).toHaveLength(1)
    expect(narrowcasts.body.narrowcasts[0].phase).toBe('waiting')
    emulator.state.setConfig({ narrowcastPhaseMs: 200 })
    const stats = await api(emulator, '/_emulator/stats')
    expect(stats.body.requests.byOperation).toMatchObject({ multicast: 2, narrowcast: 1 })
    expect(stats.body.deliveries).toMatchObject({ total: 5, users: 5, duplicates: 0 })
  })

  it('bot info names the destination of webhook bodies', async () => {
    const info = await clientsFor(emulator).messaging.getBotInfo()
    expect(info.userId).toMatch(/^U[0-9a-f]{32}$/)
    expect(info.chatMode).toBe('bot')
  })

  it('reset forgets deliveries and retry keys', async () => {
    await clientsFor(emulator).messaging.multicast({ to: userIds(3), messages: [text('a')] })
    expect((await api(emulator, '/_emulator/reset', { method: 'POST' })).status).toBe(200)
    expect((await api(emulator, '/_emulator/deliveries')).body.total).toBe(0)
  })

  it('config can be read and changed, never shows the token or secret, and rejects bad values', async () => {
    const read = await api(emulator, '/_emulator/config')
    expect(read.body.webhookUrl).toBeNull()
    expect(JSON.stringify(read.body)).not.toMatch(/test-channel/)
    const changed = await api(emulator, '/_emulator/config', {
      method: 'PUT',
      json: { webhookUrl: 'http://127.0.0.1:1/line/webhook', monthlyQuota: 1000 },
    })
    expect(changed.body).toMatchObject({ webhookUrl: 'http://127.0.0.1:1/line/webhook', monthlyQuota: 1000 })
    const bad = await api(emulator, '/_emulator/config', { method: 'PUT', json: { webhookUrl: 'ftp://x' } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/webhookUrl/)
  })

  it('generates followers deterministically', async () => {
    const first = await api(emulator, '/_emulator/users', { method: 'PUT', json: { generate: { count: 5, seed: 'akita' } } })
    expect(first.body.followers).toBe(5)
    expect(first.body.generated).toEqual(userIds(5, 'akita'))
    const bad = await api(emulator, '/_emulator/users', { method: 'PUT', json: { users: [{ userId: 'nobody' }] } })
    expect(bad.status).toBe(400)
  })
})
