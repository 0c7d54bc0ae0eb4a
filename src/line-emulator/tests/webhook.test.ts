import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { validateSignature } from '@line/bot-sdk'

import type { RunningLineEmulator } from '../index'
import { api, clientsFor, failure, SECRET, start, text, userIds } from './helpers'

type Received = { raw: string; signature: string | undefined; userAgent: string | undefined }

let emulator: RunningLineEmulator
let receiver: Server
let received: Received[] = []

beforeAll(async () => {
  // A stand-in for the product's webhook: checks the signature like @line/bot-sdk's middleware would.
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8')
      const signature = req.headers['x-line-signature'] as string | undefined
      received.push({ raw, signature, userAgent: req.headers['user-agent'] })
      const ok = signature !== undefined && validateSignature(raw, SECRET, signature)
      res.writeHead(ok ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify({ ok }))
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  emulator = await start({ webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/line/webhook` })
})
afterAll(async () => {
  await emulator.stop()
  await new Promise((resolve) => receiver.close(resolve))
})
beforeEach(() => {
  emulator.state.reset()
  received = []
})

const replay = (json: unknown) => api(emulator, '/_emulator/webhook/events', { method: 'POST', json })
const lastBody = () => JSON.parse(received[received.length - 1].raw) as { destination: string; events: Record<string, any>[] }

describe('webhook replay', () => {
  it('fills partial events with LINE fields and signs the raw body with the channel secret', async () => {
    const [user] = userIds(1)
    const answer = await replay({
      events: [
        { type: 'follow', source: { userId: user } },
        { type: 'message', source: { userId: user }, message: { type: 'text', text: '設定' } },
        { type: 'postback', source: { userId: user }, postback: { data: 'municipality=akita' } },
      ],
    })
    expect(answer.status).toBe(200)
    expect(answer.body.status).toBe(200)
    const { raw, signature, userAgent } = received[0]
    expect(validateSignature(raw, SECRET, signature as string)).toBe(true)
    expect(userAgent).toBe('LineBotWebhook/2.0')
    const body = lastBody()
    expect(body.destination).toMatch(/^U[0-9a-f]{32}$/)
    const [follow, message, postback] = body.events
    for (const event of body.events) {
      expect(event.webhookEventId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
      expect(event).toMatchObject({ mode: 'active', deliveryContext: { isRedelivery: false }, source: { type: 'user', userId: user } })
      expect(typeof event.timestamp).toBe('number')
      expect(event.replyToken).toMatch(/^[0-9a-f]{32}$/)
    }
    expect(follow.follow).toEqual({ isUnblocked: false })
    expect(message.message).toMatchObject({ type: 'text', text: '設定' })
    expect(message.message.id).toMatch(/^\d+$/)
    expect(message.message.quoteToken).toBeTruthy()
    expect(postback.postback).toEqual({ data: 'municipality=akita' })
    expect(emulator.state.users.get(user)?.following).toBe(true)
  })

  it('unfollow blocks the user; a later follow says isUnblocked', async () => {
    const [user] = userIds(1)
    await replay({ events: [{ type: 'follow', source: { userId: user } }] })
    await replay({ events: [{ type: 'unfollow', source: { userId: user } }] })
    expect(lastBody().events[0].replyToken).toBeUndefined()
    expect(emulator.state.users.isBlocked(user)).toBe(true)
    await replay({ events: [{ type: 'follow', source: { userId: user } }] })
    expect(lastBody().events[0].follow).toEqual({ isUnblocked: true })
  })

  it('unknown event types are sent with the common fields', async () => {
    await replay({ events: [{ type: 'somethingNew', source: { userId: userIds(1)[0] }, somethingNew: { x: 1 } }] })
    expect(lastBody().events[0]).toMatchObject({ type: 'somethingNew', mode: 'active', somethingNew: { x: 1 } })
  })

  it('a reply token works once through the SDK, and replies are recorded apart from deliveries', async () => {
    const [user] = userIds(1)
    await replay({ events: [{ type: 'message', source: { userId: user }, message: { type: 'text', text: 'こんにちは' } }] })
    const token = lastBody().events[0].replyToken as string
    const line = clientsFor(emulator)
    const { sentMessages } = await line.messaging.replyMessage({ replyToken: token, messages: [text('受け付けました')] })
    expect(sentMessages).toHaveLength(1)
    expect((await failure(line.messaging.replyMessage({ replyToken: token, messages: [text('again')] }))).body).toEqual({
      message: 'Invalid reply token',
    })
    expect(emulator.state.deliveries.countFor(user)).toBe(0)
    expect(emulator.state.deliveries.repliesFor(user)).toBe(1)
    const withReplies = await api(emulator, '/_emulator/deliveries?includeReplies=1')
    expect(withReplies.body.perUser).toEqual({ [user]: 1 })
  })

  it('redelivers earlier events with the same webhookEventId and isRedelivery true', async () => {
    const [user] = userIds(1)
    await replay({ events: [{ type: 'postback', source: { userId: user }, postback: { data: 'age=30s' } }] })
    const original = lastBody().events[0]
    const again = await api(emulator, '/_emulator/webhook/redeliver', {
      method: 'POST',
      json: { webhookEventIds: [original.webhookEventId] },
    })
    expect(again.status).toBe(200)
    const redelivered = lastBody().events[0]
    expect(redelivered).toMatchObject({
      webhookEventId: original.webhookEventId,
      timestamp: original.timestamp,
      deliveryContext: { isRedelivery: true },
    })
    expect(validateSignature(received[1].raw, SECRET, received[1].signature as string)).toBe(true)
    const unknown = await api(emulator, '/_emulator/webhook/redeliver', { method: 'POST', json: { webhookEventIds: ['01ZZZ'] } })
    expect(unknown.status).toBe(404)
  })

  it('can send a wrong, missing or stale signature and a malformed body, answering with the webhook status', async () => {
    const invalid = await replay({ signature: 'invalid', events: [{ type: 'follow' }] })
    expect(invalid.body.status).toBe(401)
    expect(validateSignature(received[0].raw, SECRET, received[0].signature as string)).toBe(false)
    const missing = await replay({ signature: 'missing', events: [{ type: 'follow' }] })
    expect(missing.body.status).toBe(401)
    expect(received[1].signature).toBeUndefined()
    // Stale: a genuine signature, but of the body sent before this one.
    const stale = await replay({ signature: 'stale', events: [{ type: 'follow' }] })
    expect(stale.body.status).toBe(401)
    expect(validateSignature(received[1].raw, SECRET, received[2].signature as string)).toBe(true)
    expect(validateSignature(received[2].raw, SECRET, received[2].signature as string)).toBe(false)
    const raw = await replay({ raw: '{"events": [' })
    expect(raw.body.status).toBe(200)
    expect(received[3].raw).toBe('{"events": [')
  })

  it('says what is wrong when there is nowhere to send', async () => {
    const unreachable = await replay({ webhookUrl: 'http://127.0.0.1:9/none', events: [{ type: 'follow' }] })
    expect(unreachable.status).toBe(502)
    emulator.state.setConfig({ webhookUrl: null })
    const none = await replay({ events: [{ type: 'follow' }] })
    expect(none.status).toBe(400)
    expect(none.body.message).toMatch(/webhookUrl/)
    emulator.state.reset({ config: true })
  })
})
