import type { Organisation } from '@akita-dx/plugin-core'
import type { Endpoint, PayloadRequest } from 'payload'

import { jsonResponse } from '@akita-dx/plugin-core'
import { idOf } from '@akita-dx/plugin-core/shared'

import { IDEA_COMMENTS, IDEA_FOLLOWS, IDEA_VOTES } from '../constants'
import { ideaOfRequest, ownRow } from './ideaRequest'
import { threadOrder } from './threadOrder'

type Doc = Record<string, any>

/** Display names of staff; comments are never anonymous, so the name is shown to colleagues. */
const namesOf = async (req: PayloadRequest, organisation: Organisation, ids: unknown[]): Promise<Map<string, string>> => {
  const wanted = [...new Set(ids.map(idOf).filter((id) => id !== null))]
  if (!wanted.length) return new Map()
  const titleField = req.payload.collections[organisation.users]?.config.admin?.useAsTitle ?? 'email'
  const users = await req.payload.find({
    collection: organisation.users,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    where: { id: { in: wanted } },
  })
  return new Map(users.docs.map((u: Doc) => [String(u.id), String(u.name ?? u[titleField] ?? '')]))
}

const entryOf = (comment: Doc, names: Map<string, string>) => ({
  author: names.get(String(idOf(comment.author))) ?? null,
  body: comment.deleted && comment.body === undefined ? null : (comment.body ?? null),
  createdAt: comment.createdAt,
  deleted: Boolean(comment.deleted),
  depth: Number(comment.depth) || 1,
  editedAt: comment.editedAt ?? null,
  id: comment.id,
  parent: idOf(comment.parent),
  stance: comment.stance,
})

/**
 * GET /api/ideas/:id/thread: the idea's comments in reading order as the caller may read them
 * (the collection's access hides soft-deleted text from all but admins), the idea's state and
 * official answer, and whether the caller has voted for and follows it.
 */
export const threadEndpoint = (organisation: Organisation): Endpoint => ({
  handler: async (req) => {
    const idea = await ideaOfRequest(req, organisation)
    if (idea instanceof Response) return idea
    const [comments, vote, follow] = await Promise.all([
      req.payload.find({
        collection: IDEA_COMMENTS,
        depth: 0,
        overrideAccess: false,
        pagination: false,
        req,
        where: { idea: { equals: idea.id } },
      }),
      ownRow(req, IDEA_VOTES, 'voter', idea.id),
      ownRow(req, IDEA_FOLLOWS, 'follower', idea.id),
    ])
    const answer = (idea.officialAnswer ?? {}) as Doc
    const names = await namesOf(req, organisation, [...comments.docs.map((c: Doc) => c.author), answer.answeredBy])
    return jsonResponse({
      comments: threadOrder(comments.docs as Doc[]).map((c) => entryOf(c, names)),
      following: Boolean(follow),
      id: idea.id,
      officialAnswer: answer.text?.trim()
        ? { answeredAt: answer.answeredAt ?? null, answeredBy: names.get(String(idOf(answer.answeredBy))) ?? null, text: answer.text }
        : null,
      state: idea.state,
      voted: Boolean(vote),
      votesCount: Number(idea.votesCount ?? 0),
    })
  },
  method: 'get',
  path: '/:id/thread',
})
