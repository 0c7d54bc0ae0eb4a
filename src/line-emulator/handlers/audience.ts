import { publicAudience } from '../audiences'
import type { Route, RouteContext, RouteResult } from '../router'
import { validateRequest } from '../validation/validate'

const NOT_FOUND: RouteResult = {
  status: 400,
  body: { message: 'audience group not found', details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND' }] },
}

type AudienceBody = { description?: string; uploadDescription?: string; audiences?: { id: string }[]; audienceGroupId?: number }

const create = (ctx: RouteContext): RouteResult => {
  const error = validateRequest('audienceCreate', ctx.body)
  if (error) return { status: 400, body: error }
  const body = ctx.body as AudienceBody
  const group = ctx.state.audiences.create({
    description: String(body.description),
    uploadDescription: body.uploadDescription,
    userIds: (body.audiences ?? []).map((a) => a.id),
  })
  const { status: _status, audienceCount: _count, ...created } = publicAudience(group)
  return { status: 202, body: created, accepted: true }
}

const add = (ctx: RouteContext): RouteResult => {
  const error = validateRequest('audienceAdd', ctx.body)
  if (error) return { status: 400, body: error }
  const body = ctx.body as AudienceBody
  const group = ctx.state.audiences.get(Number(body.audienceGroupId))
  if (!group) return NOT_FOUND
  ctx.state.audiences.add(
    group,
    (body.audiences ?? []).map((a) => a.id),
    body.uploadDescription,
  )
  return { status: 202, body: {}, accepted: true }
}

const read = (ctx: RouteContext): RouteResult => {
  const group = ctx.state.audiences.get(Number(ctx.params.audienceGroupId))
  if (!group) return NOT_FOUND
  return { status: 200, body: { audienceGroup: publicAudience(group), jobs: group.jobs } }
}

const remove = (ctx: RouteContext): RouteResult =>
  ctx.state.audiences.delete(Number(ctx.params.audienceGroupId)) ? { status: 200, body: {}, accepted: true } : NOT_FOUND

export const audienceRoutes: Route[] = [
  {
    method: 'POST',
    path: '/v2/bot/audienceGroup/upload',
    operation: 'createAudienceGroup',
    line: true,
    group: 'audience',
    handler: create,
  },
  {
    method: 'PUT',
    path: '/v2/bot/audienceGroup/upload',
    operation: 'addAudienceToAudienceGroup',
    line: true,
    group: 'audience',
    handler: add,
  },
  {
    method: 'GET',
    path: '/v2/bot/audienceGroup/:audienceGroupId',
    operation: 'getAudienceData',
    line: true,
    group: 'audience',
    handler: read,
  },
  {
    method: 'DELETE',
    path: '/v2/bot/audienceGroup/:audienceGroupId',
    operation: 'deleteAudienceGroup',
    line: true,
    group: 'audience',
    handler: remove,
  },
]
