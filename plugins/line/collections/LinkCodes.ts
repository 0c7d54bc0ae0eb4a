import type { CollectionConfig } from 'payload'

import { nobody } from '@akita-dx/plugin-core'

import { SLUGS } from '../constants'
import { newLinkCodeEndpoint } from '../linking/endpoint'
import { label } from '../translations'
import type { ResolvedLineOptions } from '../types'

/**
 * One-time codes that link a staff member's own LINE to their account: the admin shows a code,
 * they send it to the official account from their phone, and the webhook links the sender. Test
 * sends go only to ids linked this way (proof that the phone is theirs).
 */
export const linkCodesCollection = (options: ResolvedLineOptions): CollectionConfig => ({
  slug: SLUGS.linkCodes,
  access: { create: nobody, delete: options.organisation.isAdmin, read: options.organisation.isAdmin, update: nobody },
  endpoints: options.disabled ? [] : [newLinkCodeEndpoint(options)],
  admin: { hidden: true },
  fields: [
    // Not required: deleting a user clears it (the database sets it null), and such a code links nobody.
    { name: 'user', type: 'relationship', index: true, relationTo: options.organisation.users },
    { name: 'codeHash', type: 'text', index: true, required: true, unique: true },
    { name: 'expiresAt', type: 'date', index: true, required: true },
    { name: 'usedAt', type: 'date' },
    { name: 'lineUserId', type: 'text' },
  ],
  labels: { plural: label('linkCodesPlural'), singular: label('linkCodesSingular') },
})
