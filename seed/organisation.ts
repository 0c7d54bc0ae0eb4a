import type { SeedStep } from './types'

import { createIfMissing, idBy } from './upsert'

/** 関係課 of the prefectural government that own content, ideas and help requests. */
export const DEPARTMENTS = [
  { code: 'koho', division: '総務部', name: '広報広聴課', phone: '018-860-1081' },
  { code: 'somu', division: '総務部', name: '総務課', phone: '018-860-1021' },
  { code: 'jinji', division: '総務部', name: '人事課', phone: '018-860-1041' },
  { code: 'bosai', division: '総務部', name: '総合防災課', phone: '018-860-4563' },
  { code: 'digital', division: '企画振興部', name: 'デジタル政策推進課', phone: '018-860-1231' },
  { code: 'iju', division: 'あきた未来創造部', name: '移住・定住促進課', phone: '018-860-1232' },
  { code: 'kodomo', division: '健康福祉部', name: '子ども・子育て支援課', phone: '018-860-1341' },
  { code: 'kenko', division: '健康福祉部', name: '健康づくり推進課', phone: '018-860-1421' },
  { code: 'kanko', division: '観光文化スポーツ部', name: '観光振興課', phone: '018-860-2261' },
  { code: 'sangyo', division: '産業労働部', name: '地域産業振興課', phone: '018-860-2241' },
  { code: 'shogyo', division: '産業労働部', name: '商業貿易課', phone: '018-860-2245' },
  { code: 'koyo', division: '産業労働部', name: '雇用労働政策課', phone: '018-860-2331' },
  { code: 'norin', division: '農林水産部', name: '農林政策課', phone: '018-860-1721' },
] as const

/**
 * Offices of municipalities that share the prefecture's admin and LINE account: their editors
 * write for, and send to, their own municipality's residents only.
 */
export const MUNICIPAL_OFFICES = [
  {
    code: 'yokote-koho',
    division: '横手市 経営企画部',
    email: 'koho@city.yokote.example',
    municipality: 'yokote',
    name: '横手市 広報広聴課',
    phone: '0182-35-2164',
  },
  {
    code: 'oga-kikaku',
    division: '男鹿市 企画政策課',
    email: 'kikaku@city.oga.example',
    municipality: 'oga',
    name: '男鹿市 企画政策課',
    phone: '0185-24-9113',
  },
] as const

/** Password of every seeded demo account (documented in the README; demo data only). */
export const DEMO_PASSWORD = 'akita-demo-2026'

export const DEMO_USERS = [
  { department: 'koho', email: 'editor@akita-dx.example', name: '佐藤 美咲', roles: ['editor'] },
  { department: 'sangyo', email: 'sangyo.editor@akita-dx.example', name: '高橋 健太', roles: ['editor'] },
  { department: 'digital', email: 'staff@akita-dx.example', name: '伊藤 翔', roles: ['staff'] },
  { department: 'kodomo', email: 'kodomo.staff@akita-dx.example', name: '鈴木 由紀', roles: ['staff'] },
  // 広報広聴課's 課長: approves live LINE deliveries (決裁); never their own requests.
  { department: 'koho', email: 'approver@akita-dx.example', lineApprover: true, name: '田中 浩二', roles: ['editor'] },
  // 横手市's 広報 staff: write for 横手市 and send to its residents, approved by their own 課長.
  { department: 'yokote-koho', email: 'yokote.editor@akita-dx.example', name: '石田 真由', roles: ['editor'] },
  { department: 'yokote-koho', email: 'yokote.approver@akita-dx.example', lineApprover: true, name: '柴田 正樹', roles: ['editor'] },
] as const

export const organisationSeed: SeedStep = {
  name: 'organisation',
  run: async ({ log, payload }) => {
    let created = 0
    const offices = [...DEPARTMENTS.map((dept) => ({ ...dept, email: `${dept.code}@pref.akita.example` })), ...MUNICIPAL_OFFICES]
    for (const office of offices) {
      const result = await createIfMissing(payload, 'departments', { code: { equals: office.code } }, office)
      if (result.created) created += 1
    }
    for (const user of DEMO_USERS) {
      const department = await idBy(payload, 'departments', 'code', user.department)
      const result = await createIfMissing(
        payload,
        'users',
        { email: { equals: user.email } },
        {
          department,
          email: user.email,
          lineApprover: 'lineApprover' in user && user.lineApprover,
          name: user.name,
          password: DEMO_PASSWORD,
          roles: [...user.roles],
        },
      )
      if (result.created) created += 1
    }
    log(`組織: ${DEPARTMENTS.length} 課と市町村 ${MUNICIPAL_OFFICES.length} 組織, デモユーザー ${DEMO_USERS.length} 名 (新規 ${created})`)
  },
}
