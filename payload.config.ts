import { auditPlugin } from '@akita-dx/plugin-audit'
import { guardInput, guardQueries, japaneseAdminFields, leasesCollection, restrictLockedDocuments } from '@akita-dx/plugin-core'
import { ideaBoxPlugin } from '@akita-dx/plugin-idea-box'
import { jgrantsImportPlugin } from '@akita-dx/plugin-jgrants-import'
import { linePlugin } from '@akita-dx/plugin-line'
import { lineAnalyticsPlugin } from '@akita-dx/plugin-line-analytics'
import { notificationsPlugin } from '@akita-dx/plugin-notifications'
import { publicApiPlugin } from '@akita-dx/plugin-public-api'
import { talentBankPlugin } from '@akita-dx/plugin-talent-bank'
import { en } from '@payloadcms/translations/languages/en'
import { ja } from '@payloadcms/translations/languages/ja'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Announcements } from './collections/Announcements'
import { Departments } from './collections/Departments'
import { FounderStories } from './collections/founder-stories'
import { Media } from './collections/Media'
import { Subsidies } from './collections/subsidies'
import { subsidyVocabulary } from './collections/subsidies/options'
import { Users } from './collections/Users'
import { organisation } from './src/access'
import { databaseAdapter } from './src/lib/database'
import { akitaLine } from './src/lib/lineSettings'
import { payloadLogger } from './src/lib/logging'
import { trustedOrigins } from './src/lib/origins'
import { resolvePayloadSecret } from './src/lib/secret'
import { countPayloadInit } from './src/lib/singleInstance'
import { shouldRunJobs } from './src/server/background'

const rootDir = process.cwd()

export default buildConfig({
  admin: {
    avatar: 'default',
    components: {
      // An editor's first screen: the three steps of a LINE announcement and the department's drafts.
      beforeDashboard: ['/src/components/EditorGuide#EditorGuide'],
      graphics: {
        Icon: '/src/components/Icon#Icon',
        Logo: '/src/components/Logo#Logo',
      },
    },
    dateFormat: 'yyyy/MM/dd HH:mm',
    importMap: {
      baseDir: rootDir,
      importMapFile: path.resolve(rootDir, 'src/app/(payload)/admin/importMap.js'),
    },
    meta: {
      titleSuffix: ' | 秋田県 DX CMS',
    },
    user: Users.slug,
  },
  collections: [Users, Departments, leasesCollection(organisation), Media, Announcements, Subsidies, FounderStories],
  // A logged-in browser's cookie counts as a session only on requests from these origins.
  csrf: trustedOrigins(),
  db: databaseAdapter(process.env.DATABASE_URI),
  editor: lexicalEditor(),
  // Neither the admin nor any plugin uses GraphQL, and one query of many aliases kept the process busy for minutes.
  graphQL: {
    disable: true,
  },
  i18n: {
    fallbackLanguage: 'ja',
    supportedLanguages: { en, ja },
  },
  jobs: {
    // The job runner is the server's own business (autoRun calls it without access checks): never
    // over HTTP (/api/payload-jobs/run, /handle-schedules), and queueing or cancelling is for admins.
    access: {
      cancel: ({ req }) => organisation.isAdminUser(req.user),
      queue: ({ req }) => organisation.isAdminUser(req.user),
      run: ({ req }) => req.payloadAPI === 'local',
    },
    // Every minute, in the one server process that holds the jobs lease (scheduled publish etc.).
    autoRun: [{ cron: '* * * * *', limit: 50, queue: 'default' }],
    shouldAutoRun: shouldRunJobs,
    tasks: [],
  },
  logger: payloadLogger,
  onInit: async (payload) => {
    countPayloadInit(payload)
  },
  plugins: [
    talentBankPlugin({ hrDepartmentCode: 'jinji' }),
    ideaBoxPlugin(),
    publicApiPlugin({
      openApi: {
        description:
          '秋田県内で起業・創業する方のための支援制度（補助金・助成金・融資など）とロールモデル起業家の公開 API。' +
          'ログイン不要、公開済みの情報のみ。Programmes imported from jGrants must be shown with their attribution (source.attribution).',
        license: { identifier: 'CC-BY-4.0', name: 'CC BY 4.0' },
        title: '秋田県 起業支援 公開 API / Akita support programmes public API',
      },
      vocabulary: subsidyVocabulary,
    }),
    jgrantsImportPlugin({ targetArea: '秋田県', vocabulary: subsidyVocabulary }),
    linePlugin({
      ...akitaLine,
      collections: [
        'announcements',
        {
          // A story's `municipality` is where its founder lives, not whom it is for: stories have no
          // 対象市町村 (they are for the whole prefecture; a municipal office still reaches only its
          // own residents through its segments), no topic field and no link buttons of their own.
          fields: { category: null, heroImage: 'portrait', links: null, municipalities: null, summary: 'quote' },
          slug: 'founder-stories',
          // Only a published story has a public page (the portal's /stories/<slug>); a draft's link would be a 404.
          url: (doc, { serverURL }) =>
            doc._status === 'published' && typeof doc.slug === 'string' && doc.slug ? `${serverURL}/stories/${doc.slug}` : undefined,
        },
      ],
    }),
    lineAnalyticsPlugin(),
    // Stores what the idea box and the talent bank tell staff; LINE carries it to linked phones.
    notificationsPlugin(),
    // After the plugins whose collections it audits; LINE's 決裁 and sending reach it through core.
    auditPlugin({
      collections: [
        'announcements',
        'subsidies',
        'founder-stories',
        'media',
        'departments',
        'users',
        'line-segments',
        'line-rich-menus',
        'line-step-series',
      ],
    }),
    // After the suite's plugins, so that their collections (and those Payload adds) are guarded too.
    guardQueries(),
    guardInput(),
    restrictLockedDocuments(organisation),
    // Last: Japanese dates and row labels on every field, the plugins' and Payload's included.
    japaneseAdminFields(),
  ],
  secret: resolvePayloadSecret(),
  sharp,
  telemetry: false,
  typescript: {
    autoGenerate: false,
    outputFile: path.resolve(rootDir, 'src/payload-types.ts'),
  },
})
