import { describe, expect, it } from '@jest/globals'

import { commentCountDelta, flagTargetKey, isAwaitingAnswer, isSolved, isVotable, replyDepth, withinEditWindow } from '../utilities/rules'
import { changedFields, sameValue } from '../utilities/values'
import { conditionsOn, ideaAuthorPath, onlyFiltersOnSelf, sortsOn } from '../utilities/whereGuard'

describe('value comparison', () => {
  it('compares relationships by id whether populated, numeric or string', () => {
    expect(sameValue(4, '4')).toBe(true)
    expect(sameValue({ id: 4 }, 4)).toBe(true)
    expect(sameValue({ id: 4 }, 5)).toBe(false)
  })

  it('treats empty values alike and ignores key order in nested objects', () => {
    expect(sameValue(null, undefined)).toBe(true)
    expect(sameValue('', null)).toBe(true)
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBe(true)
    expect(sameValue({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [2, 1] } })).toBe(false)
    expect(sameValue(false, undefined)).toBe(false)
  })

  it('lists only the named fields present in data whose value changed', () => {
    const original = { state: 'open', targetDepartment: 3, title: '庁内Wi-Fi' }
    expect(
      changedFields(original, { state: 'open', targetDepartment: '3', title: '庁内Wi-Fiの増設' }, ['state', 'targetDepartment', 'title']),
    ).toEqual(['title'])
    expect(changedFields(original, {}, ['state'])).toEqual([])
  })
})

describe('idea rules', () => {
  it('allows votes only while the department has not decided', () => {
    expect(isVotable('open')).toBe(true)
    expect(isVotable('considering')).toBe(true)
    for (const state of ['accepted', 'rejected', 'done', 'withdrawn']) expect(isVotable(state)).toBe(false)
  })

  it('counts a 困りごと as know-how only with an accepted answer', () => {
    expect(isSolved({ answerText: '共有フォルダの手順書を参照', kind: 'problem', state: 'accepted' })).toBe(true)
    expect(isSolved({ answerText: '手順書', kind: 'problem', state: 'done' })).toBe(true)
    expect(isSolved({ answerText: '手順書', kind: 'idea', state: 'accepted' })).toBe(false)
    expect(isSolved({ answerText: '  ', kind: 'problem', state: 'accepted' })).toBe(false)
    expect(isSolved({ answerText: '手順書', kind: 'problem', state: 'rejected' })).toBe(false)
  })

  it('awaits an answer while undecided and unanswered', () => {
    expect(isAwaitingAnswer({ state: 'open' })).toBe(true)
    expect(isAwaitingAnswer({ answerText: '検討します', state: 'considering' })).toBe(false)
    expect(isAwaitingAnswer({ state: 'rejected' })).toBe(false)
  })

  it('nests replies up to the maximum depth', () => {
    expect(replyDepth(null, 3)).toBe(1)
    expect(replyDepth(1, 3)).toBe(2)
    expect(replyDepth(2, 3)).toBe(3)
    expect(replyDepth(3, 3)).toBeNull()
  })

  it('moves the comment count only when visibility to colleagues changes', () => {
    expect(commentCountDelta(null, { deleted: false, moderation: 'visible' })).toBe(1)
    expect(commentCountDelta({ deleted: false, moderation: 'visible' }, { deleted: true, moderation: 'visible' })).toBe(-1)
    expect(commentCountDelta({ moderation: 'visible' }, { moderation: 'hidden' })).toBe(-1)
    expect(commentCountDelta({ moderation: 'hidden' }, { moderation: 'visible' })).toBe(1)
    expect(commentCountDelta({ deleted: true, moderation: 'visible' }, { deleted: true, moderation: 'hidden' })).toBe(0)
    expect(commentCountDelta(null, { moderation: 'pending' })).toBe(0)
  })

  it('opens the edit window for the configured minutes after posting', () => {
    const created = new Date('2026-01-10T09:00:00Z')
    expect(withinEditWindow(created, new Date('2026-01-10T09:30:00Z'), 30)).toBe(true)
    expect(withinEditWindow(created, new Date('2026-01-10T09:30:01Z'), 30)).toBe(false)
    expect(withinEditWindow('not a date', new Date(), 30)).toBe(false)
  })

  it('keys a report by exactly one target', () => {
    expect(flagTargetKey({ idea: 5 })).toBe('idea:5')
    expect(flagTargetKey({ comment: { id: 7 } })).toBe('comment:7')
    expect(flagTargetKey({ comment: 7, idea: 5 })).toBeNull()
    expect(flagTargetKey({})).toBeNull()
  })
})

describe('author query guard', () => {
  const onIdeas = ideaAuthorPath(true)
  const viaRelation = ideaAuthorPath(false)

  it('finds conditions on the author however deeply nested', () => {
    const where = { and: [{ state: { equals: 'open' } }, { or: [{ author: { equals: 3 } }, { 'author.name': { like: '佐藤' } }] }] }
    expect(conditionsOn(where, onIdeas)).toEqual([
      { path: 'author', value: { equals: 3 } },
      { path: 'author.name', value: { like: '佐藤' } },
    ])
    expect(conditionsOn({ anonymous: { equals: true } }, onIdeas)).toEqual([])
  })

  it('reaches the author through relations from votes, comments and reports', () => {
    expect(viaRelation('idea.author')).toBe(true)
    expect(viaRelation('comment.idea.author.name')).toBe(true)
    expect(viaRelation('parent.idea.author')).toBe(true)
    expect(viaRelation('author')).toBe(false)
    expect(viaRelation('idea.authorNote')).toBe(false)
    expect(onIdeas('authorNote')).toBe(false)
  })

  it('allows only an equals on oneself', () => {
    expect(onlyFiltersOnSelf({ author: { equals: '3' } }, onIdeas, 3)).toBe(true)
    expect(onlyFiltersOnSelf({ state: { equals: 'open' } }, onIdeas, 3)).toBe(true)
    expect(onlyFiltersOnSelf({ author: { equals: 4 } }, onIdeas, 3)).toBe(false)
    expect(onlyFiltersOnSelf({ author: { in: [3] } }, onIdeas, 3)).toBe(false)
    expect(onlyFiltersOnSelf({ or: [{ 'author.name': { like: '佐藤' } }] }, onIdeas, 3)).toBe(false)
    expect(onlyFiltersOnSelf({ author: { equals: 3, exists: true } }, onIdeas, 3)).toBe(false)
    expect(onlyFiltersOnSelf({ 'idea.author': { equals: 4 } }, viaRelation, 3)).toBe(false)
    expect(onlyFiltersOnSelf({ 'idea.author': { equals: 3 } }, viaRelation, 3)).toBe(true)
  })

  it('spots sorting by the author in strings and lists', () => {
    expect(sortsOn('-author', onIdeas)).toBe(true)
    expect(sortsOn(['title', 'author.name'], onIdeas)).toBe(true)
    expect(sortsOn('-votesCount,createdAt', onIdeas)).toBe(false)
    expect(sortsOn('idea.author', viaRelation)).toBe(true)
    expect(sortsOn(undefined, onIdeas)).toBe(false)
  })
})
