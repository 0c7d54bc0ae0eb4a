import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest, forbidden } from '@akita-dx/plugin-core'

import type { ResolvedIdeaBoxOptions } from '../../types'

import { message } from '../../translations'
import { type Actor, actorOf, canDecide, isOwner } from '../../utilities/actor'
import { plainTextOf } from '../../utilities/richText'
import { changedFields, sameValue } from '../../utilities/values'

type Data = Record<string, unknown>

/** What the author writes; the target department may not rewrite a colleague's proposal. */
const CONTENT_FIELDS = ['kind', 'title', 'category', 'anonymous', 'targetDepartment', 'attachments'] as const

const answerTextOf = (doc: unknown): string =>
  String((doc as { officialAnswer?: { text?: null | string } } | undefined)?.officialAnswer?.text ?? '').trim()

const checkNewIdea = (options: ResolvedIdeaBoxOptions, req: PayloadRequest, actor: Actor, data: Data) => {
  const decides = canDecide(req, options.organisation, data.targetDepartment)
  if (data.state && data.state !== 'open' && !decides) throw forbidden(message(req, 'error.stateDecidersOnly'))
  if (answerTextOf(data) && !decides) throw forbidden(message(req, 'error.answerDecidersOnly'))
  if (data.moderation && data.moderation !== 'visible' && !actor.admin) throw forbidden(message(req, 'error.moderationAdminOnly'))
}

const checkIdeaUpdate = (options: ResolvedIdeaBoxOptions, req: PayloadRequest, actor: Actor, data: Data, originalDoc: Data | undefined) => {
  if ('author' in data && !sameValue(data.author, originalDoc?.author)) throw forbidden(message(req, 'error.authorFixed'))
  const content = changedFields(originalDoc, data, CONTENT_FIELDS)
  // The rich-text editor may re-serialise an untouched body with other keys: compare the text.
  if ('body' in data && plainTextOf(data.body) !== plainTextOf(originalDoc?.body)) content.push('body')
  if (content.length && !actor.admin && !isOwner(req, originalDoc?.author)) {
    throw forbidden(message(req, 'error.contentAuthorOnly', { fields: content.join(', ') }))
  }
  const decisions = changedFields(originalDoc, data, ['state'])
  if ('officialAnswer' in data && answerTextOf(data) !== answerTextOf(originalDoc)) decisions.push('officialAnswer')
  if (decisions.length && !canDecide(req, options.organisation, originalDoc?.targetDepartment)) {
    throw forbidden(message(req, 'error.decisionDecidersOnly', { fields: decisions.join(', ') }))
  }
  if (changedFields(originalDoc, data, ['moderation']).length && !actor.admin) throw forbidden(message(req, 'error.moderationAdminOnly'))
}

/**
 * Who may change which part of an idea. Refusals are 403s naming the field, rather than values
 * silently dropped, so that an editor knows why a state change did not happen.
 */
export const guardIdeaChanges =
  (options: ResolvedIdeaBoxOptions): CollectionBeforeChangeHook =>
  ({ data, operation, originalDoc, req }) => {
    const actor = actorOf(req, options.organisation)
    if (actor.system) {
      if (!data.author) throw badRequest(message(req, 'error.authorRequired'), 'author')
      return data
    }
    // Whatever the request says, the author is the person signed in.
    if (operation === 'create') data.author = actor.id
    if (operation === 'create') checkNewIdea(options, req, actor, data)
    else checkIdeaUpdate(options, req, actor, data, originalDoc)
    return data
  }
