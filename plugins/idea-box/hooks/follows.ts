import type { CollectionAfterChangeHook, CollectionBeforeChangeHook } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import type { ResolvedIdeaBoxOptions } from '../types'

import { IDEA_FOLLOWS, IDEAS } from '../constants'
import { message } from '../translations'
import { actorOf } from '../utilities/actor'
import { loadVisible } from '../utilities/load'

/** A follow is always the signed-in person's, on an idea they can read; it is never edited. */
export const prepareFollow =
  (options: ResolvedIdeaBoxOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, req }) => {
    // Update access is nobody's: only creation reaches here.
    if (operation !== 'create') return data
    const actor = actorOf(req, options.organisation)
    if (!actor.system) data.follower = actor.id
    if (idOf(data.follower) === null) throw badRequest(message(req, 'error.authorRequired'), 'follower')
    const ideaId = idOf(data.idea)
    if (ideaId === null) throw badRequest(message(req, 'error.ideaRequired'), 'idea')
    if (!(await loadVisible(req, IDEAS, ideaId))) throw badRequest(message(req, 'error.ideaNotVisible', { id: ideaId }), 'idea')
    data.idea = ideaId
    return data
  }

/** The author hears about their own idea without having to remember to follow it. */
export const followOwnIdea =
  (): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    const author = idOf(doc.author)
    if (operation !== 'create' || author === null) return doc
    await req.payload.create({ collection: IDEA_FOLLOWS, data: { follower: author, idea: doc.id }, overrideAccess: true, req })
    return doc
  }
