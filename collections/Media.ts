import type { CollectionConfig } from 'payload'

import path from 'node:path'

import { anyone, isEditor } from '../src/access'

/**
 * Images for announcements, founder portraits and LINE messages. Public: every image here is
 * meant to be published. LINE's hero image is 1040 px wide; alt text is required for screen
 * readers and is what a resident hears instead of the picture.
 */
export const Media: CollectionConfig = {
  slug: 'media',
  access: {
    create: isEditor,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  admin: {
    defaultColumns: ['filename', 'alt', 'updatedAt'],
    group: { en: 'Content', ja: 'コンテンツ' },
    useAsTitle: 'alt',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      label: { en: 'Alt text', ja: '代替テキスト' },
      required: true,
    },
    {
      name: 'credit',
      type: 'text',
      label: { en: 'Credit', ja: 'クレジット' },
    },
  ],
  labels: {
    plural: { en: 'Media', ja: 'メディア' },
    singular: { en: 'Media', ja: 'メディア' },
  },
  upload: {
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', fit: 'cover', height: 300, position: 'centre', width: 400 },
      // LINE flex message hero: 1040 px wide at 20:13, the ratio LINE's hero box uses.
      { name: 'lineHero', fit: 'cover', height: 676, position: 'centre', width: 1040 },
    ],
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif'],
    staticDir: path.resolve(process.cwd(), 'media'),
  },
}
