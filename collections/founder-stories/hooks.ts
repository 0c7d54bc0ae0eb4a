import type { CollectionBeforeValidateHook } from 'payload'

import crypto from 'node:crypto'

/** Japanese names do not transliterate reliably, so a missing slug gets a short stable id. */
export const fillStorySlug: CollectionBeforeValidateHook = ({ data, originalDoc }) => {
  if (!data || data.slug || originalDoc?.slug) return data
  data.slug = `story-${crypto.randomBytes(4).toString('hex')}`
  return data
}
