import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import { hasNoticeSender, sendStaffNotice } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import type { IdeaBoxKey } from '../translations'

import { IDEA_FOLLOWS, IDEAS } from '../constants'
import { message } from '../translations'

type Doc = Record<string, any>

/** Everyone who follows the idea (its author follows it from the start, unless they stopped). */
const followersOf = async (req: PayloadRequest, ideaId: unknown) => {
  const { docs } = await req.payload.find({
    collection: IDEA_FOLLOWS,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { idea: { equals: idOf(ideaId) } },
  })
  return docs.map((follow: Doc) => idOf(follow.follower)).filter((id) => id !== null)
}

const tell = async (req: PayloadRequest, idea: Doc, kind: string, event: string, title: IdeaBoxKey, body: string) =>
  sendStaffNotice(
    { payload: req.payload, req },
    {
      body,
      event,
      kind,
      recipients: await followersOf(req, idea.id),
      // Notices are stored for the recipients, whatever language the acting user reads.
      title: message(undefined, title, { state: message(undefined, `state.${idea.state}` as IdeaBoxKey), title: idea.title }),
      url: `/collections/${IDEAS}/${idea.id}`,
    },
  )

/** The followers of an idea hear of its department's answer and of each change of its state. */
export const noticeIdeaDecision =
  (): CollectionAfterChangeHook =>
  async ({ doc, operation, previousDoc, req }) => {
    if (operation !== 'update' || !hasNoticeSender(req.payload)) return doc
    const answer = String(doc.officialAnswer?.text ?? '').trim()
    if (answer && answer !== String(previousDoc?.officialAnswer?.text ?? '').trim()) {
      await tell(req, doc, 'ideaBox.answered', `idea-answered:${doc.id}:${doc.updatedAt}`, 'notice.answered', answer)
    } else if (doc.state !== previousDoc?.state) {
      await tell(req, doc, 'ideaBox.stateChanged', `idea-state:${doc.id}:${doc.state}:${doc.updatedAt}`, 'notice.stateChanged', '')
    }
    return doc
  }

/** The followers of an idea hear of each new comment on it (the commenter excepted, as the acting user). */
export const noticeComment =
  (): CollectionAfterChangeHook =>
  async ({ doc, operation, req }) => {
    if (operation !== 'create' || !hasNoticeSender(req.payload) || doc.moderation !== 'visible') return doc
    const idea = await req.payload.findByID({
      collection: IDEAS,
      depth: 0,
      disableErrors: true,
      id: idOf(doc.idea)!,
      overrideAccess: true,
      req,
    })
    if (idea) await tell(req, idea, 'ideaBox.comment', `idea-comment:${doc.id}`, 'notice.comment', String(doc.body ?? ''))
    return doc
  }
