import type { CollectionBeforeChangeHook } from 'payload'

import { actorOf, canDecide, isOwner } from '../../utilities/actor'
import { forbidden, invalid } from '../../utilities/errors'
import { lexicalToPlainText } from '../../utilities/lexical'
import { changedFields, sameValue } from '../../utilities/values'
import { IDEAS } from '../../constants'

/** What the author writes; the target department may not rewrite a colleague's proposal. */
const CONTENT_FIELDS = ['kind', 'title', 'category', 'anonymous', 'targetDepartment', 'attachments'] as const

const answerTextOf = (doc: unknown): string =>
  String((doc as { officialAnswer?: { text?: null | string } } | undefined)?.officialAnswer?.text ?? '').trim()

/**
 * Who may change which part of an idea. Refusals are 403s naming the field, rather than values
 * silently dropped, so that an editor knows why a state change did not happen.
 */
export const guardIdeaChanges = (): CollectionBeforeChangeHook => ({ data, operation, originalDoc, req }) => {
  const actor = actorOf(req)
  if (actor.system) {
    if (!data.author) throw invalid(IDEAS, 'author', 'author（投稿者）が必要です')
    return data
  }
  if (operation === 'create') {
    // Whatever the request says, the author is the person signed in.
    data.author = actor.id
    if (data.state && data.state !== 'open' && !canDecide(req, data.targetDepartment)) {
      throw forbidden('state（状態）を設定できるのは対象課の編集者と管理者だけです')
    }
    if (answerTextOf(data) && !canDecide(req, data.targetDepartment)) {
      throw forbidden('officialAnswer（公式回答）を書けるのは対象課の編集者と管理者だけです')
    }
    if (data.moderation && data.moderation !== 'visible' && !actor.admin) {
      throw forbidden('moderation（公開状態）を変更できるのは管理者だけです')
    }
    return data
  }

  if ('author' in data && !sameValue(data.author, originalDoc?.author)) {
    throw forbidden('author（投稿者）は変更できません')
  }
  const content = changedFields(originalDoc, data, CONTENT_FIELDS)
  // The rich-text editor may re-serialise an untouched body with other keys: compare the text.
  if ('body' in data && lexicalToPlainText(data.body) !== lexicalToPlainText(originalDoc?.body)) content.push('body')
  if (content.length && !actor.admin && !isOwner(req, originalDoc?.author)) {
    throw forbidden(`${content.join(', ')} を変更できるのは投稿者と管理者だけです`)
  }
  const decisions = changedFields(originalDoc, data, ['state'])
  if ('officialAnswer' in data && answerTextOf(data) !== answerTextOf(originalDoc)) decisions.push('officialAnswer')
  if (decisions.length && !canDecide(req, originalDoc?.targetDepartment)) {
    throw forbidden(`${decisions.join(', ')} を変更できるのは対象課の編集者と管理者だけです`)
  }
  if (changedFields(originalDoc, data, ['moderation']).length && !actor.admin) {
    throw forbidden('moderation（公開状態）を変更できるのは管理者だけです')
  }
  return data
}
