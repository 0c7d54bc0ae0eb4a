import { describe, expect, it } from '@jest/globals'

import {
  answerInputRefusals,
  conditionsOf,
  documentFree,
  InputRefusal,
  isDocumentFree,
  MAX_WHERE_DEPTH,
  refuseInput,
  relaxWhere,
  sortPathsOf,
} from '../index'
import { nestsDeeperThan, nulPathOf } from '../guards/shape'

const hook = (error: Error) => answerInputRefusals({ error, req: {} } as never)

describe('query guard parts', () => {
  it('finds every comparison, whatever the spelling of groups and paths', () => {
    const where = { AND: [{ Or: [{ a__b: { like: 'x' } }] }], c: { contains: { d: { equals: 1 } } }, _id: { equals: 2 } }
    expect(conditionsOf(where).map((c) => `${c.path} ${c.operator}`)).toEqual(['a.b like', 'c contains', 'c.d equals', 'id equals'])
  })

  it('refuses a where nested deeper than the limit', () => {
    let where: Record<string, unknown> = { a: { equals: 1 } }
    for (let i = 0; i <= MAX_WHERE_DEPTH; i += 1) where = { and: [where] }
    expect(() => conditionsOf(where)).toThrow(InputRefusal)
  })

  it('relaxes uncertain conditions to a superset of the matches', () => {
    const where = { and: [{ a: { equals: 1 } }, { or: [{ secret: { like: 'x' } }, { b: { equals: 2 } }] }] }
    expect(relaxWhere(where, (c) => c.path === 'secret')).toEqual({ a: { equals: 1 } })
    expect(relaxWhere({ secret: { like: 'x' } }, (c) => c.path === 'secret')).toBeUndefined()
  })

  it('reads sort paths as Payload does', () => {
    expect(sortPathsOf('-a, b__c')).toEqual(['a', 'b.c'])
    expect(sortPathsOf(['-x', 'y'])).toEqual(['x', 'y'])
  })

  it('marks field access that depends on the user only', () => {
    const free = documentFree(() => true)
    expect(isDocumentFree(free)).toBe(true)
    expect(isDocumentFree(() => true)).toBe(false)
  })
})

describe('input shape', () => {
  it('measures nesting without recursion', () => {
    let deep: unknown = 1
    for (let i = 0; i < 100_000; i += 1) deep = [deep]
    expect(nestsDeeperThan(deep, 64)).toBe(true)
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 64)).toBe(false)
  })

  it('finds NUL characters in values and keys', () => {
    expect(nulPathOf({ links: [{ url: 'a\u0000b' }] })).toBe('links.0.url')
    expect(nulPathOf({ ['k\u0000']: 1 })).toBe('k\u0000')
    expect(nulPathOf({ title: 'ok' })).toBeNull()
  })
})

describe('answerInputRefusals', () => {
  it('answers refusals and broken forms as JSON 4xx, and leaves other errors alone', () => {
    expect(hook(refuseInput('bad', 'title'))).toEqual({ response: { errors: [{ field: 'title', message: 'bad' }] }, status: 400 })
    expect(hook(refuseInput('gone', 'id', 404))).toMatchObject({ status: 404 })
    expect(hook(new Error('Unexpected end of form'))).toMatchObject({ status: 400 })
    expect(hook(new Error('database is down'))).toBeUndefined()
  })
})
