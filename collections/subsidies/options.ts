import type { Term } from '@akita-dx/plugin-public-api'

import { AREA_SCOPES, SUBSIDY_STATUSES } from '@akita-dx/plugin-public-api'

import { MUNICIPALITIES } from '../../src/lib/akita'

/**
 * The vocabulary of support programmes. Values follow jGrants (the national subsidy portal) so
 * imported programmes and Akita's own sit in the same lists; stored values are short English codes.
 */

type Option = { en: string; ja: string; value: string }

const toOptions = (list: readonly Option[]) => list.map(({ en, ja, value }) => ({ label: { en, ja }, value }))

export const KINDS = [
  { en: 'Subsidy', ja: '補助金', value: 'subsidy' },
  { en: 'Grant', ja: '助成金', value: 'grant' },
  { en: 'Loan', ja: '融資', value: 'loan' },
  { en: 'Interest subsidy', ja: '利子補給', value: 'interest' },
  { en: 'Tax incentive', ja: '税制', value: 'tax' },
  { en: 'Other', ja: 'その他', value: 'other' },
] as const satisfies readonly Option[]

export const PROVIDER_LEVELS = [
  { en: 'National', ja: '国', value: 'national' },
  { en: 'Prefecture', ja: '県', value: 'prefecture' },
  { en: 'Municipality', ja: '市町村', value: 'municipality' },
  { en: 'Chamber of commerce', ja: '商工団体', value: 'chamber' },
  { en: 'Financial institution', ja: '金融機関', value: 'financial' },
] as const satisfies readonly Option[]

/** jGrants' 15 `use_purpose` values (their Japanese text is what the import matches on). */
export const PURPOSES = [
  { en: 'Start a new business', ja: '新たな事業を行いたい', value: 'new_business' },
  { en: 'Expand sales channels / go abroad', ja: '販路拡大・海外展開をしたい', value: 'sales_expansion' },
  { en: 'Events and operations', ja: 'イベント・事業運営支援がほしい', value: 'events' },
  { en: 'Business succession', ja: '事業を引き継ぎたい', value: 'succession' },
  { en: 'R&D and demonstration', ja: '研究開発・実証事業を行いたい', value: 'research' },
  { en: 'Train people', ja: '人材育成を行いたい', value: 'training' },
  { en: 'Improve cash flow', ja: '資金繰りを改善したい', value: 'cash_flow' },
  { en: 'Equipment and IT', ja: '設備整備・IT導入をしたい', value: 'equipment_it' },
  { en: 'Employment and workplace', ja: '雇用・職場環境を改善したい', value: 'employment' },
  { en: 'Eco and SDGs', ja: 'エコ・SDGs活動支援がほしい', value: 'eco_sdgs' },
  { en: 'Disaster relief', ja: '災害（自然災害、感染症等）支援がほしい', value: 'disaster' },
  { en: 'Education and child-rearing', ja: '教育・子育て・少子化支援がほしい', value: 'education_childcare' },
  { en: 'Sports and culture', ja: 'スポーツ・文化支援がほしい', value: 'sports_culture' },
  { en: 'Safety and disaster prevention', ja: '安全・防災対策支援がほしい', value: 'safety' },
  { en: 'Community development', ja: 'まちづくり・地域振興支援がほしい', value: 'community' },
] as const satisfies readonly Option[]

/** The 20 divisions (大分類) of the Japan Standard Industrial Classification. */
export const INDUSTRIES = [
  { en: 'Agriculture and forestry', ja: '農業，林業', value: 'A' },
  { en: 'Fisheries', ja: '漁業', value: 'B' },
  { en: 'Mining and quarrying', ja: '鉱業，採石業，砂利採取業', value: 'C' },
  { en: 'Construction', ja: '建設業', value: 'D' },
  { en: 'Manufacturing', ja: '製造業', value: 'E' },
  { en: 'Electricity, gas, heat and water', ja: '電気・ガス・熱供給・水道業', value: 'F' },
  { en: 'Information and communications', ja: '情報通信業', value: 'G' },
  { en: 'Transport and postal', ja: '運輸業，郵便業', value: 'H' },
  { en: 'Wholesale and retail', ja: '卸売業，小売業', value: 'I' },
  { en: 'Finance and insurance', ja: '金融業，保険業', value: 'J' },
  { en: 'Real estate and leasing', ja: '不動産業，物品賃貸業', value: 'K' },
  { en: 'Scientific research, professional and technical services', ja: '学術研究，専門・技術サービス業', value: 'L' },
  { en: 'Accommodation, eating and drinking', ja: '宿泊業，飲食サービス業', value: 'M' },
  { en: 'Living-related services and amusement', ja: '生活関連サービス業，娯楽業', value: 'N' },
  { en: 'Education and learning support', ja: '教育，学習支援業', value: 'O' },
  { en: 'Medical, health care and welfare', ja: '医療，福祉', value: 'P' },
  { en: 'Compound services', ja: '複合サービス事業', value: 'Q' },
  { en: 'Services not elsewhere classified', ja: 'サービス業（他に分類されないもの）', value: 'R' },
  { en: 'Government', ja: '公務（他に分類されるものを除く）', value: 'S' },
  { en: 'Industries unable to classify', ja: '分類不能の産業', value: 'T' },
] as const satisfies readonly Option[]

export const STAGES = [
  { en: 'Before founding', ja: '創業前', value: 'pre_founding' },
  { en: 'Founding', ja: '創業期', value: 'founding' },
  { en: 'Growth', ja: '成長期', value: 'growth' },
  { en: 'Succession', ja: '事業承継', value: 'succession' },
] as const satisfies readonly Option[]

export const SOURCES = [
  { en: 'Entered by hand', ja: '手入力', value: 'manual' },
  { en: 'jGrants', ja: 'Jグランツ', value: 'jgrants' },
] as const satisfies readonly Option[]

export const kindOptions = toOptions(KINDS)
export const providerLevelOptions = toOptions(PROVIDER_LEVELS)
export const purposeOptions = toOptions(PURPOSES)
export const industryOptions = toOptions(INDUSTRIES)
export const stageOptions = toOptions(STAGES)
export const sourceOptions = toOptions(SOURCES)

/** Area scopes and statuses carry the rules of the public API plugin (which scopes cover every municipality, how a status is derived). */
export const areaScopeOptions = AREA_SCOPES.map(({ label, value }) => ({ label, value }))
export const statusOptions = SUBSIDY_STATUSES.map(({ label, value }) => ({ label, value }))

/** What the public API and the jGrants import accept, show and map into: the options of the programmes' select fields. */
export const subsidyVocabulary = {
  industries: industryOptions,
  kinds: kindOptions,
  municipalities: MUNICIPALITIES.map(({ code, label, value }): Term => ({ aliases: [code], label, value })),
  providerLevels: providerLevelOptions,
  purposes: purposeOptions,
  sources: sourceOptions,
  stages: stageOptions,
}
