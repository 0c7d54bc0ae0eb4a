/**
 * Akita prefecture's vocabulary shared by announcements, programmes, LINE residents and
 * segments. Stored values are short English codes (safe as SQL enums and GraphQL names);
 * labels are what editors and residents read.
 */

/** The 25 municipalities (13 市, 9 町, 3 村) with their local government codes. */
export const MUNICIPALITIES = [
  { code: '05201', label: '秋田市', value: 'akita' },
  { code: '05202', label: '能代市', value: 'noshiro' },
  { code: '05203', label: '横手市', value: 'yokote' },
  { code: '05204', label: '大館市', value: 'odate' },
  { code: '05206', label: '男鹿市', value: 'oga' },
  { code: '05207', label: '湯沢市', value: 'yuzawa' },
  { code: '05209', label: '鹿角市', value: 'kazuno' },
  { code: '05210', label: '由利本荘市', value: 'yurihonjo' },
  { code: '05211', label: '潟上市', value: 'katagami' },
  { code: '05212', label: '大仙市', value: 'daisen' },
  { code: '05213', label: '北秋田市', value: 'kitaakita' },
  { code: '05214', label: 'にかほ市', value: 'nikaho' },
  { code: '05215', label: '仙北市', value: 'semboku' },
  { code: '05303', label: '小坂町', value: 'kosaka' },
  { code: '05327', label: '上小阿仁村', value: 'kamikoani' },
  { code: '05346', label: '藤里町', value: 'fujisato' },
  { code: '05348', label: '三種町', value: 'mitane' },
  { code: '05349', label: '八峰町', value: 'happo' },
  { code: '05361', label: '五城目町', value: 'gojome' },
  { code: '05363', label: '八郎潟町', value: 'hachirogata' },
  { code: '05366', label: '井川町', value: 'ikawa' },
  { code: '05368', label: '大潟村', value: 'ogata' },
  { code: '05434', label: '美郷町', value: 'misato' },
  { code: '05463', label: '羽後町', value: 'ugo' },
  { code: '05464', label: '東成瀬村', value: 'higashinaruse' },
] as const

export type Municipality = (typeof MUNICIPALITIES)[number]['value']

export const municipalityOptions = MUNICIPALITIES.map(({ label, value }) => ({ label, value }))

/** Akita's three regions, so that the 25 municipalities fit LINE's 13 quick-reply buttons per question. */
export const REGIONS = [
  {
    label: '県北',
    municipalities: ['odate', 'kazuno', 'kitaakita', 'noshiro', 'kosaka', 'kamikoani', 'fujisato', 'mitane', 'happo'],
    value: 'kenpoku',
  },
  {
    label: '中央',
    municipalities: ['akita', 'oga', 'katagami', 'yurihonjo', 'nikaho', 'gojome', 'hachirogata', 'ikawa', 'ogata'],
    value: 'chuo',
  },
  {
    label: '県南',
    municipalities: ['yokote', 'yuzawa', 'daisen', 'semboku', 'misato', 'ugo', 'higashinaruse'],
    value: 'kennan',
  },
]

/**
 * Topics: an announcement's category and the interests residents register on LINE use the
 * same list, so a segment on 子育て matches announcements about 子育て.
 */
export const TOPICS = [
  { label: '防災', labelEn: 'Disaster preparedness', value: 'bosai' },
  { label: '子育て', labelEn: 'Child-rearing', value: 'kosodate' },
  { label: '移住', labelEn: 'Relocation', value: 'iju' },
  { label: '観光', labelEn: 'Tourism', value: 'kanko' },
  { label: '起業', labelEn: 'Starting a business', value: 'kigyo' },
  { label: '健康', labelEn: 'Health', value: 'kenko' },
  { label: '行政', labelEn: 'Administration', value: 'gyosei' },
  { label: '雇用・就労', labelEn: 'Jobs', value: 'koyo' },
  { label: '教育・文化', labelEn: 'Education and culture', value: 'kyoiku' },
  { label: '農林水産', labelEn: 'Agriculture, forestry and fisheries', value: 'nourin' },
] as const

export type Topic = (typeof TOPICS)[number]['value']

export const topicOptions = TOPICS.map(({ label, labelEn, value }) => ({
  label: { en: labelEn, ja: label },
  value,
}))

/** Age bands residents pick when they register on LINE. */
export const AGE_BANDS = [
  { label: '19歳以下', value: 'under20' },
  { label: '20代', value: 'twenties' },
  { label: '30代', value: 'thirties' },
  { label: '40代', value: 'forties' },
  { label: '50代', value: 'fifties' },
  { label: '60代', value: 'sixties' },
  { label: '70歳以上', value: 'seventiesPlus' },
] as const

export type AgeBand = (typeof AGE_BANDS)[number]['value']

export const ageBandOptions = AGE_BANDS.map(({ label, value }) => ({ label, value }))
