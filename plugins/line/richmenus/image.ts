import fs from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'

import { idOf } from '@akita-dx/plugin-core/shared'

import { linePublicOrigin } from '../options'
import type { RichMenuImage } from './rules'

export type StoredImage = RichMenuImage & { filename?: null | string; id: number | string; url?: null | string }

/** The upload document of a rich menu's image (its size, type and file), or undefined when there is none. */
export const findImage = async (payload: Payload, collection: string, value: unknown): Promise<StoredImage | undefined> => {
  if (value && typeof value === 'object' && 'mimeType' in value) return value as StoredImage
  const id = idOf(value)
  if (id === null) return undefined
  try {
    return (await payload.findByID({ collection, depth: 0, id, overrideAccess: true })) as unknown as StoredImage
  } catch {
    return undefined
  }
}

/**
 * The image's bytes for LINE: from the upload collection's directory when files are kept on
 * disk, else from its public URL (a storage adapter's).
 */
export const imageBytes = async (payload: Payload, collection: string, image: StoredImage): Promise<Buffer> => {
  const dir = payload.collections[collection as never]?.config.upload?.staticDir
  if (dir && image.filename) {
    try {
      return await fs.readFile(path.join(dir, path.basename(image.filename)))
    } catch {
      // Not on this disk: fall through to the URL.
    }
  }
  if (!image.url) throw new Error('the rich menu image has neither a file nor a URL')
  const url = image.url.startsWith('/') ? `${linePublicOrigin(payload)}${image.url}` : image.url
  const res = await fetch(url)
  if (!res.ok) throw new Error(`the rich menu image could not be read (${res.status})`)
  return Buffer.from(await res.arrayBuffer())
}
