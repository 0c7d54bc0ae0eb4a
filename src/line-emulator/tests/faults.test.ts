import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'

import type { RunningLineEmulator } from '../index'
import { api, clientsFor, failure, start, text, userIds, waitFor } from './helpers'

let emulator: RunningLineEmulator
let line: ReturnType<typeof clientsFor>

beforeAll(async () => {
  emulator = await start()
  line = clientsFor(emulator)
})
afterAll(() => emulator.stop())
beforeEach(() => emulator.state.reset({ faults: true }))

const send = (to: string[], key?: string) => line.messaging.multicast({ to, messages: [text('秋田からのお知らせ')] }, key)

describe('fault injection', () => {
  it('429 carries Retry-After and accepts nothing', async () => {
    emulator.state.setFaults({ status429: 1, retryAfterSeconds: 3 })
    const to = userIds(2)
    const error = await failure(send(to, randomUUID()))
    expect(error.status).toBe(429)
    expect(error.headers.get('retry-after')).toBe('3')
    expect(error.body.message).toBe('The API rate limit has been exceeded. Try again later.')
    expect(emulator.state.deliveries.total).toBe(0)
  })

  it('500 before acceptance delivers nothing, so a retry with the same key is accepted', async () => {
    const to = userIds(2)
    const key = randomUUID()
    emulator.state.setFaults({ status500: 1 })
    expect((await failure(send(to, key))).status).toBe(500)
    expect(emulator.state.deliveries.total).toBe(0)
    emulator.state.setFaults({ status500: 0 })
    await send(to, key)
    expect(emulator.state.deliveryReport({ summary: true }).perUser).toEqual({ [to[0]]: 1, [to[1]]: 1 })
  })

  it('500 after acceptance has delivered: the retry gets 409, still one message each', async () => {
    const to = userIds(2)
    const key = randomUUID()
    emulator.state.setFaults({ status500AfterAccept: 1 })
    expect((await failure(send(to, key))).status).toBe(500)
    expect(emulator.state.deliveries.total).toBe(2)
    emulator.state.setFaults({ status500AfterAccept: 0 })
    const retry = await failure(send(to, key))
    expect(retry.status).toBe(409)
    expect(retry.headers.get('x-line-accepted-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(emulator.state.deliveries.countFor(to[0])).toBe(1)
  })

  it('a timeout before acceptance closes the connection and delivers nothing', async () => {
    const to = userIds(2)
    const key = randomUUID()
    emulator.state.setFaults({ timeoutBeforeAccept: 1, timeoutMs: 50 })
    const started = Date.now()
    await expect(send(to, key)).rejects.toThrow()
    expect(Date.now() - started).toBeGreaterThanOrEqual(45)
    expect(emulator.state.deliveries.total).toBe(0)
    emulator.state.setFaults({ timeoutBeforeAccept: 0 })
    await send(to, key)
    expect(emulator.state.deliveries.total).toBe(2)
  })

  it('a timeout after acceptance (drop) delivers, loses the answer, and the retry is a 409', async () => {
    const to = userIds(2)
    const key = randomUUID()
    emulator.state.setFaults({ timeoutAfterAccept: 1, timeoutMs: 50, afterAcceptMode: 'drop' })
    await expect(send(to, key)).rejects.toThrow()
    expect(emulator.state.deliveries.total).toBe(2)
    emulator.state.setFaults({ timeoutAfterAccept: 0 })
    expect((await failure(send(to, key))).status).toBe(409)
    expect(emulator.state.deliveries.total).toBe(2)
  })

  it('a timeout after acceptance (delay) answers 200 only after timeoutMs', async () => {
    emulator.state.setFaults({ timeoutAfterAccept: 1, timeoutMs: 400, afterAcceptMode: 'delay' })
    const started = Date.now()
    let answered = false
    const call = send(userIds(1)).then((body) => {
      answered = true
      return body
    })
    await waitFor(
      async () => emulator.state.deliveries.total,
      (total) => total === 1,
    )
    expect(emulator.state.deliveries.total).toBe(1)
    // Accepted and delivered, yet a client with a shorter timeout has had no answer.
    expect(answered).toBe(false)
    await expect(call).resolves.toEqual({})
    expect(Date.now() - started).toBeGreaterThanOrEqual(390)
  })

  it('faults can be limited to some endpoints', async () => {
    emulator.state.setFaults({ status500: 1, endpoints: ['multicast'] })
    await expect(line.messaging.pushMessage({ to: userIds(1)[0], messages: [text('a')] })).resolves.toBeDefined()
    expect((await failure(send(userIds(1)))).status).toBe(500)
  })

  it('the same seed gives the same sequence of faults', async () => {
    const run = async () => {
      emulator.state.reset()
      emulator.state.setFaults({ status500: 0.3, status429: 0.2, seed: 42 })
      const statuses: number[] = []
      for (let i = 0; i < 20; i++) {
        const response = await api(emulator, '/v2/bot/message/validate/push', {
          method: 'POST',
          headers: { authorization: 'Bearer test-channel-access-token' },
          json: { messages: [text('a')] },
        })
        statuses.push(response.status)
      }
      return statuses
    }
    const first = await run()
    expect(first).toEqual(await run())
    expect(new Set(first)).toEqual(new Set([200, 429, 500]))
  })

  it('with 20% mixed faults, a client that retries with its keys reaches every recipient exactly once', async () => {
    emulator.state.setFaults({
      status429: 0.05,
      status500: 0.05,
      timeoutBeforeAccept: 0.03,
      status500AfterAccept: 0.04,
      timeoutAfterAccept: 0.03,
      timeoutMs: 20,
      retryAfterSeconds: 0,
      seed: 7,
    })
    const everyone = userIds(2000, 'mixed')
    let retries = 0
    for (let i = 0; i < everyone.length; i += 100) {
      const batch = everyone.slice(i, i + 100)
      const key = randomUUID()
      for (;;) {
        try {
          await send(batch, key)
          break
        } catch (error) {
          if ((error as { status?: number }).status === 409) break
          retries++
        }
      }
    }
    expect(retries).toBeGreaterThan(0)
    const report = emulator.state.deliveryReport({ summary: true })
    expect(report.total).toBe(2000)
    expect(report.duplicates).toBe(0)
    expect(Object.values(report.perUser ?? {}).every((n) => n === 1)).toBe(true)
  })

  it('PUT /_emulator/faults validates shares and reports what was injected', async () => {
    const bad = await api(emulator, '/_emulator/faults', { method: 'PUT', json: { status500: 1.5 } })
    expect(bad.status).toBe(400)
    expect(bad.body.message).toMatch(/status500/)
    const ok = await api(emulator, '/_emulator/faults', { method: 'PUT', json: { status500: 1 } })
    expect(ok.body.status500).toBe(1)
    await failure(send(userIds(1)))
    const read = await api(emulator, '/_emulator/faults')
    expect(read.body.injected.status500).toBe(1)
  })
})
