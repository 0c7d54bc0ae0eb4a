// A Payload app that is not akita-dx-cms: another prefecture's or a municipality's, with its own
// names (staff, sections), installing the suite's plugins from their npm tarballs.
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig } from 'payload'

import { linePlugin } from '@akita-dx/plugin-line'

const organisation = { departments: 'sections', roles: { admin: ['admin'], editor: ['admin', 'koho'], staff: ['admin', 'koho', 'shokuin'] }, users: 'staff' }

const Staff: CollectionConfig = {
  slug: 'staff',
  auth: true,
  fields: [
    { name: 'roles', type: 'select', hasMany: true, options: ['admin', 'koho', 'shokuin'], saveToJWT: true },
    { name: 'department', type: 'relationship', relationTo: 'sections', saveToJWT: true },
  ],
}
const Sections: CollectionConfig = { slug: 'sections', fields: [{ name: 'name', type: 'text' }, { name: 'code', type: 'text', unique: true }] }
const News: CollectionConfig = {
  slug: 'news',
  fields: [
    { name: 'headline', type: 'text', required: true },
    { name: 'lead', type: 'textarea' },
  ],
}

export const residents = {
  interests: [
    { label: '防災', value: 'bousai' },
    { label: '子育て', value: 'kosodate' },
  ],
  municipalities: [
    { code: '06201', label: '山形市', value: 'yamagata' },
    { code: '06202', label: '米沢市', value: 'yonezawa' },
  ],
}

export default buildConfig({
  collections: [Staff, Sections, News],
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  editor: lexicalEditor(),
  plugins: [
    linePlugin({
      accountName: '山形県',
      collections: [{ fields: { summary: 'lead', title: 'headline' }, slug: 'news' }],
      organisation,
      residents,
    }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'pack-check',
  telemetry: false,
  typescript: { autoGenerate: false },
})

// The options' types reach the app: a LINE plugin without its residents' vocabulary does not compile.
// @ts-expect-error residents is required
linePlugin({ collections: ['news'] })
