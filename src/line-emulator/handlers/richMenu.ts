import { type RichMenuObject, RichMenuRefusal } from '../richMenus'
import type { Route, RouteContext, RouteResult } from '../router'
import { bodyErrors } from '../validation/errors'
import { USER_ID } from '../validation/limits'
import { imageSize, RICH_MENU } from '../validation/richMenu'
import { validateRequest } from '../validation/validate'

const ok = (body: unknown = {}): RouteResult => ({ status: 200, body, accepted: true })

/** A refusal of the store becomes LINE's answer; anything else is the emulator's own fault. */
const guarded =
  (handler: (ctx: RouteContext) => RouteResult): Route['handler'] =>
  (ctx) => {
    try {
      return handler(ctx)
    } catch (error) {
      if (error instanceof RichMenuRefusal) return { status: error.status, body: { message: error.message } }
      throw error
    }
  }

const checked = (ctx: RouteContext): RouteResult | Omit<RichMenuObject, 'richMenuId'> => {
  const error = validateRequest('richMenu', ctx.body)
  if (error) return { status: 400, body: error }
  const { size, selected, name, chatBarText, areas } = ctx.body as RichMenuObject
  return { size, selected, name, chatBarText, areas }
}

const create = (ctx: RouteContext): RouteResult => {
  const menu = checked(ctx)
  if ('status' in menu) return menu
  if (ctx.state.richMenus.size >= RICH_MENU.menusPerChannel)
    return { status: 400, body: { message: `The maximum number of rich menus (${RICH_MENU.menusPerChannel}) has been reached` } }
  return ok({ richMenuId: ctx.state.richMenus.create(menu).richMenuId })
}

const validate = (ctx: RouteContext): RouteResult => {
  const menu = checked(ctx)
  return 'status' in menu ? menu : { status: 200, body: {} }
}

const upload = (ctx: RouteContext): RouteResult => {
  const contentType = String(ctx.req.headers['content-type'] ?? '')
    .split(';')[0]
    .trim()
    .toLowerCase()
  if (!(RICH_MENU.imageTypes as readonly string[]).includes(contentType))
    return { status: 415, body: { message: `The content type, '${contentType}', is not supported` } }
  if (ctx.raw.length === 0) return { status: 400, body: { message: 'The request body is empty' } }
  if (ctx.raw.length > RICH_MENU.imageBytes) return { status: 400, body: { message: 'The image file size must be 1MB or less' } }
  const size = imageSize(contentType, ctx.raw)
  if (!size) return { status: 400, body: { message: `The image is not a valid ${contentType === 'image/png' ? 'PNG' : 'JPEG'} file` } }
  ctx.state.richMenus.setImage(ctx.params.richMenuId, { contentType, bytes: ctx.raw, ...size })
  return ok()
}

const download = (ctx: RouteContext): RouteResult => {
  const menus = ctx.state.richMenus
  const image = menus.image(ctx.params.richMenuId)
  if (!image) throw new RichMenuRefusal(404, 'Not found')
  return { status: 200, binary: image.bytes, headers: { 'content-type': image.contentType } }
}

const read = (ctx: RouteContext): RouteResult => {
  const menu = ctx.state.richMenus.get(ctx.params.richMenuId)
  return menu ? { status: 200, body: menu } : { status: 404, body: { message: 'Not found' } }
}

const bulk = (ctx: RouteContext, kind: 'richMenuBulkLink' | 'richMenuBulkUnlink'): RouteResult => {
  const error = validateRequest(kind, ctx.body)
  if (error) return { status: 400, body: error }
  const { richMenuId, userIds } = ctx.body as { richMenuId?: string; userIds: string[] }
  const invalid = userIds.flatMap((id, i) => (USER_ID.test(id) ? [] : [{ message: 'Invalid user ID', property: `userIds[${i}]` }]))
  if (invalid.length) return { status: 400, body: bodyErrors(invalid) }
  if (kind === 'richMenuBulkLink') ctx.state.richMenus.link(userIds, String(richMenuId))
  else ctx.state.richMenus.unlink(userIds)
  return { status: 202, body: {}, accepted: true }
}

const idOrNotFound = (richMenuId: string | null, message: string): RouteResult =>
  richMenuId ? { status: 200, body: { richMenuId } } : { status: 404, body: { message } }

const route = (
  method: Route['method'],
  path: string,
  operation: string,
  handler: (ctx: RouteContext) => RouteResult,
  extra: Partial<Route> = {},
): Route => ({
  method,
  path,
  operation,
  line: true,
  handler: guarded(handler),
  ...extra,
})

const NONE = { body: 'none' } as const

// Fixed paths come before the `:richMenuId` and `:userId` patterns that would also match them.
export const richMenuRoutes: Route[] = [
  route('POST', '/v2/bot/richmenu', 'createRichMenu', create, { group: 'richMenu' }),
  route('POST', '/v2/bot/richmenu/validate', 'validateRichMenuObject', validate),
  route('GET', '/v2/bot/richmenu/list', 'getRichMenuList', (ctx) => ({ status: 200, body: { richmenus: ctx.state.richMenus.list() } })),
  route('POST', '/v2/bot/richmenu/bulk/link', 'linkRichMenuIdToUsers', (ctx) => bulk(ctx, 'richMenuBulkLink')),
  route('POST', '/v2/bot/richmenu/bulk/unlink', 'unlinkRichMenuIdFromUsers', (ctx) => bulk(ctx, 'richMenuBulkUnlink')),
  route('POST', '/v2/bot/richmenu/:richMenuId/content', 'setRichMenuImage', upload, { body: 'binary' }),
  route('GET', '/v2/bot/richmenu/:richMenuId/content', 'getRichMenuImage', download),
  route('GET', '/v2/bot/richmenu/:richMenuId', 'getRichMenu', read),
  route(
    'DELETE',
    '/v2/bot/richmenu/:richMenuId',
    'deleteRichMenu',
    (ctx) => {
      ctx.state.richMenus.delete(ctx.params.richMenuId)
      return ok()
    },
    { group: 'richMenu' },
  ),
  route(
    'POST',
    '/v2/bot/user/all/richmenu/:richMenuId',
    'setDefaultRichMenu',
    (ctx) => {
      ctx.state.richMenus.setDefault(ctx.params.richMenuId)
      return ok()
    },
    NONE,
  ),
  route('GET', '/v2/bot/user/all/richmenu', 'getDefaultRichMenuId', (ctx) =>
    idOrNotFound(ctx.state.richMenus.defaultId, 'no default richmenu'),
  ),
  route('DELETE', '/v2/bot/user/all/richmenu', 'cancelDefaultRichMenu', (ctx) => {
    ctx.state.richMenus.defaultId = null
    return ok()
  }),
  route(
    'POST',
    '/v2/bot/user/:userId/richmenu/:richMenuId',
    'linkRichMenuIdToUser',
    (ctx) => {
      ctx.state.richMenus.link([ctx.params.userId], ctx.params.richMenuId)
      return ok()
    },
    NONE,
  ),
  route('GET', '/v2/bot/user/:userId/richmenu', 'getRichMenuIdOfUser', (ctx) =>
    idOrNotFound(ctx.state.richMenus.linkedTo(ctx.params.userId), 'the user has no richmenu'),
  ),
  route('DELETE', '/v2/bot/user/:userId/richmenu', 'unlinkRichMenuIdFromUser', (ctx) => {
    ctx.state.richMenus.unlink([ctx.params.userId])
    return ok()
  }),
]
