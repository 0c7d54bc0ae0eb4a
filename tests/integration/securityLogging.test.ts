import type { Request, Response } from 'express'

import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { APIError, AuthenticationError } from 'payload'

import { type TestServer } from '@akita-dx/test-support'
import { startAppServer } from '@akita-dx/test-support/app'

import { clientErrorsOnOneLine } from '../../src/lib/logging'

type LogRecord = { err?: { stack?: string }; level: number; msg?: string }

const PINO = { error: 50, info: 30, warn: 40 }

describe('client errors are logged on one line', () => {
  describe('the logger hook', () => {
    const call = (args: unknown[], level = PINO.error) => {
      const logger = { info: jest.fn(), warn: jest.fn() }
      const method = jest.fn()
      clientErrorsOnOneLine.call(logger, args, method, level)
      return { info: logger.info.mock.calls, method: method.mock.calls, warn: logger.warn.mock.calls }
    }

    it('turns a 4xx error into one info line, a 413 or 429 into one warning', () => {
      expect(call([new AuthenticationError()])).toEqual({
        info: [['401 AuthenticationError: The email or password provided is incorrect.']],
        method: [],
        warn: [],
      })
      const tooMany = new APIError('slow down', 429)
      expect(call([{ err: tooMany, msg: 'login' }])).toEqual({ info: [], method: [], warn: [['429 APIError: slow down (login)']] })
      expect(call([{ err: new APIError('too big', 413) }]).warn).toEqual([['413 APIError: too big']])
    })

    it('leaves server errors, errors without a status and lower levels as they are', () => {
      const server = new APIError('database down', 500)
      expect(call([{ err: server }])).toEqual({ info: [], method: [[{ err: server }]], warn: [] })
      const plain = new Error('no status')
      expect(call([plain]).method).toEqual([[plain]])
      const client = new AuthenticationError()
      expect(call([client], PINO.warn).method).toEqual([[client]])
      expect(call(['a message']).method).toEqual([['a message']])
    })
  })

  describe('on the real server', () => {
    let server: TestServer
    let records: LogRecord[]
    let restore: () => void

    /** Payload's own logger, its output swapped for a list: what it would have written, record by record. */
    const captureLogger = () => {
      const logger = server.payload.logger as unknown as Record<symbol, unknown>
      const stream = Object.getOwnPropertySymbols(logger).find((symbol) => symbol.description === 'pino.stream')
      if (!stream) throw new Error('the logger is not pino')
      const original = logger[stream]
      logger[stream] = { write: (line: string) => void records.push(JSON.parse(line) as LogRecord) }
      restore = () => (logger[stream] = original)
    }

    const failing = (status: number) => Object.assign(new Error(`stand-in failure ${status}`), { status })
    const nextStandIn = async (req: Request, _res: Response) => {
      if (req.path === '/broken-400') throw failing(400)
      throw failing(500)
    }

    beforeAll(async () => {
      server = await startAppServer({ app: { nextHandler: nextStandIn } })
      records = []
      captureLogger()
    }, 120_000)
    afterAll(async () => {
      restore?.()
      await server?.close()
    })

    it('logs a wrong password as one info line without a stack', async () => {
      records.length = 0
      const res = await fetch(`${server.baseUrl}/api/users/login`, {
        body: JSON.stringify({ email: 'nobody@test.akita.example', password: 'guess' }),
        headers: { 'content-type': 'application/json' },
        method: 'POST',
      })
      expect(res.status).toBe(401)
      expect(records).toEqual([expect.objectContaining({ level: PINO.info, msg: expect.stringMatching(/^401 AuthenticationError: /) })])
      expect(JSON.stringify(records)).not.toMatch(/stack/)
    })

    it('answers a 4xx the app’s own error handler sees with JSON and one line, a 5xx with its stack', async () => {
      records.length = 0
      const bad = await fetch(`${server.baseUrl}/broken-400`)
      expect(bad.status).toBe(400)
      expect(await bad.json()).toEqual({ errors: [{ message: 'リクエストを読み取れませんでした。' }] })
      expect(records).toEqual([expect.objectContaining({ level: PINO.info, msg: '400 GET /broken-400: stand-in failure 400' })])

      records.length = 0
      const broken = await fetch(`${server.baseUrl}/broken-500`, { headers: { cookie: 'payload-lng=en' } })
      expect(broken.status).toBe(500)
      expect(await broken.json()).toEqual({ errors: [{ message: 'Internal server error.' }] })
      expect(records).toHaveLength(1)
      expect(records[0]).toMatchObject({ level: PINO.error, msg: 'Unhandled error on GET /broken-500' })
      expect(records[0].err?.stack).toMatch(/stand-in failure 500/)
    })
  })
})
