import type { Payload, PayloadRequest } from 'payload'

import { type ID, idOf } from '@akita-dx/plugin-core/shared'

import { SLUGS } from '../constants'
import { lineOptionsOf } from '../options'
import { LINK_CODE_TTL_MS, linkCodeHash, newLinkCode } from './code'

/** A new one-time code for the signed-in user; their earlier unused codes stop working. */
export const createLinkCode = async (req: PayloadRequest): Promise<{ code: string; expiresAt: string }> => {
  const { payload, user } = req
  await payload.delete({
    collection: SLUGS.linkCodes,
    overrideAccess: true,
    req,
    where: { and: [{ user: { equals: user!.id } }, { usedAt: { exists: false } }] },
  })
  const expiresAt = new Date(Date.now() + LINK_CODE_TTL_MS).toISOString()
  for (let attempt = 0; ; attempt += 1) {
    const code = newLinkCode()
    try {
      await payload.create({
        collection: SLUGS.linkCodes,
        data: { codeHash: linkCodeHash(code, payload.secret), expiresAt, user: user!.id },
        overrideAccess: true,
        req,
      })
      return { code, expiresAt }
    } catch (error) {
      // Two equal random codes at once are astronomically rare; anything else is a real error.
      if (attempt >= 2) throw error
    }
  }
}

/** The unused, unexpired code row for a code a resident sent, if there is one. */
export const findLinkCode = async (payload: Payload, code: string): Promise<null | { id: ID; user: ID }> => {
  const found = await payload.find({
    collection: SLUGS.linkCodes,
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    where: {
      and: [
        { codeHash: { equals: linkCodeHash(code, payload.secret) } },
        { usedAt: { exists: false } },
        { expiresAt: { greater_than: new Date().toISOString() } },
      ],
    },
  })
  const row = found.docs[0]
  const user = idOf(row?.user)
  return row && user !== null ? { id: row.id, user } : null
}

/** Links the sender to the code's user and uses the code up; applying it twice changes nothing more. */
export const applyLink = async (payload: Payload, link: { code: ID; user: ID }, lineUserId: string) => {
  const users = lineOptionsOf(payload).organisation.users
  const user = (await payload.findByID({ collection: users, depth: 0, disableErrors: true, id: link.user, overrideAccess: true })) as {
    lineUserIds?: null | string[]
  } | null
  if (!user) return
  const ids = user.lineUserIds ?? []
  if (!ids.includes(lineUserId))
    await payload.update({ collection: users, data: { lineUserIds: [...ids, lineUserId] }, depth: 0, id: link.user, overrideAccess: true })
  await payload.update({
    collection: SLUGS.linkCodes,
    data: { lineUserId, usedAt: new Date().toISOString() },
    depth: 0,
    id: link.code,
    overrideAccess: true,
  })
}
