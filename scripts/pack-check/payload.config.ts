// A Payload app that is not akita-dx-cms: another prefecture's, with its own names (staff,
// sections, news, programmes, roles), installing the suite's plugins from their npm tarballs.
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig } from 'payload'

import { auditPlugin } from '@akita-dx/plugin-audit'
import { ideaBoxPlugin } from '@akita-dx/plugin-idea-box'
import { jgrantsImportPlugin } from '@akita-dx/plugin-jgrants-import'
import { linePlugin } from '@akita-dx/plugin-line'
import { lineAnalyticsPlugin } from '@akita-dx/plugin-line-analytics'
import { notificationsPlugin } from '@akita-dx/plugin-notifications'
import { publicApiPlugin } from '@akita-dx/plugin-public-api'
import { talentBankPlugin } from '@akita-dx/plugin-talent-bank'

const organisation = {
  departments: 'sections',
  roles: { admin: ['admin'], editor: ['admin', 'koho'], staff: ['admin', 'koho', 'shokuin'] },
  users: 'staff',
}

const Staff: CollectionConfig = {
  slug: 'staff',
  auth: true,
  fields: [
    { name: 'name', type: 'text' },
    { name: 'roles', type: 'select', hasMany: true, options: ['admin', 'koho', 'shokuin'], saveToJWT: true },
    { name: 'department', type: 'relationship', relationTo: 'sections', saveToJWT: true },
  ],
}
const Sections: CollectionConfig = {
  slug: 'sections',
  fields: [
    { name: 'name', type: 'text' },
    { name: 'code', type: 'text', unique: true },
  ],
}
const News: CollectionConfig = {
  slug: 'news',
  fields: [
    { name: 'headline', type: 'text', required: true },
    { name: 'lead', type: 'textarea' },
  ],
}
const Programmes: CollectionConfig = {
  slug: 'programmes',
  fields: [
    { name: 'title', type: 'text', required: true },
    { name: 'slug', type: 'text', unique: true },
    { name: 'summary', type: 'textarea' },
    { name: 'searchText', type: 'text' },
    { name: 'acceptanceEnd', type: 'date' },
  ],
}

// Rich-menu images: an upload collection of the app's own, named through the richMenus option.
const Images: CollectionConfig = {
  slug: 'images',
  fields: [{ name: 'alt', type: 'text' }],
  upload: { mimeTypes: ['image/png', 'image/jpeg'] },
}

export const residents = {
  interests: [
    { label: '防災', value: 'bousai' },
    { label: '子育て', value: 'kosodate' },
    { label: '創業', value: 'sogyo' },
  ],
  municipalities: [
    { code: '06201', label: '山形市', value: 'yamagata' },
    { code: '06202', label: '米沢市', value: 'yonezawa' },
  ],
}

export default buildConfig({
  collections: [Staff, Sections, News, Programmes, Images],
  db: sqliteAdapter({ client: { url: 'file::memory:' } }),
  editor: lexicalEditor(),
  plugins: [
    linePlugin({
      accountName: '山形県',
      collections: [{ fields: { summary: 'lead', title: 'headline' }, slug: 'news' }],
      organisation,
      residents,
      reminders: { interest: 'sogyo', slug: 'programmes' },
      richMenus: { media: 'images' },
    }),
    lineAnalyticsPlugin({ organisation }),
    publicApiPlugin({ media: false, stories: false, subsidies: { slug: 'programmes' } }),
    jgrantsImportPlugin({ organisation, subsidies: { slug: 'programmes' }, targetArea: '山形県' }),
    ideaBoxPlugin({ organisation }),
    talentBankPlugin({ hrDepartmentCode: 'jinji', organisation }),
    auditPlugin({ collections: ['news', 'programmes', 'staff'], organisation }),
    notificationsPlugin({ defaultDelivery: 'daily', organisation }),
  ],
  secret: process.env.PAYLOAD_SECRET ?? 'pack-check',
  telemetry: false,
  typescript: { autoGenerate: false },
})

// The options' types reach the app: wrong options do not compile.
// @ts-expect-error residents is required
linePlugin({ collections: ['news'] })
// @ts-expect-error flagThreshold is a number
ideaBoxPlugin({ flagThreshold: 'three' })
// @ts-expect-error defaultDelivery is one of the delivery modes
notificationsPlugin({ defaultDelivery: 'hourly' })
