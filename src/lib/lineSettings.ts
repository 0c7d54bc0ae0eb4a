import type { LinePluginOptions } from '@akita-dx/plugin-line'

import { appliesInMunicipality } from '@akita-dx/plugin-public-api'

import { AGE_BANDS, MUNICIPALITIES, REGIONS, TOPICS } from './akita'

/**
 * How Akita prefecture's official LINE account speaks to residents: what they register, how the
 * account is named in notifications, and which department answers which free-text question
 * (department codes of seed/organisation.ts).
 */
export const akitaLine: Omit<LinePluginOptions, 'collections'> = {
  accentColor: '#1B5E9F',
  accountName: '秋田県',
  aggregationUnitPrefix: 'akita',
  inquiryFallbackDepartment: 'koho',
  inquiryRoutes: [
    { department: 'bosai', keywords: ['防災', '災害', '避難', '地震', '大雨', '洪水', '大雪', '除雪', '停電', 'クマ'] },
    { department: 'kodomo', keywords: ['子育て', '保育', '子ども', '子供', '出産', '妊娠', '児童', '育児'] },
    { department: 'iju', keywords: ['移住', '定住', '空き家', 'UターンIターン', 'Uターン', 'Iターン'] },
    { department: 'kanko', keywords: ['観光', '温泉', '祭り', 'まつり', 'イベント', '竿燈', 'なまはげ'] },
    { department: 'sangyo', keywords: ['起業', '創業', '補助金', '助成', '事業'] },
    { department: 'kenko', keywords: ['健康', '検診', '健診', 'ワクチン', '病院', '医療', '熱中症'] },
    { department: 'koyo', keywords: ['求人', '就職', '転職', '仕事', '雇用', '働き'] },
    { department: 'norin', keywords: ['農業', '林業', '漁業', '米', '就農'] },
  ],
  // Residents who registered 起業 hear of the published programmes for where they live, 14 and 3 days before they close.
  reminders: {
    appliesTo: (programme, municipality) => appliesInMunicipality(programme.areaScope, programme.municipalities, municipality),
    interest: 'kigyo',
    listUrl: '/subsidies?status=open',
    slug: 'subsidies',
    url: (programme, { serverURL }) => (typeof programme.slug === 'string' ? `${serverURL}/subsidies/${programme.slug}` : undefined),
    where: { _status: { equals: 'published' } },
  },
  // Rich menus take their images from the app's media library.
  richMenus: { media: 'media' },
  // 広報広聴課 sends for every department; other departments send their own documents.
  sendForAllDepartments: ['koho'],
  residents: {
    ageBands: [...AGE_BANDS],
    interests: [...TOPICS],
    municipalities: [...MUNICIPALITIES],
    // The portal's page (src/app/(portal)/privacy), read from the public origin.
    privacy: { policyUrl: '/privacy', version: '1' },
    regions: REGIONS,
    welcomeText: '秋田県の公式LINEです。お住まいの地域・年代・関心のある分野を登録すると、あなたに合ったお知らせをお届けします。',
  },
}
