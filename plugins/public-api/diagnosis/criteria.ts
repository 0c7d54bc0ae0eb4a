import type { ParamValue } from '../params/types'
import type { ResolvedVocabulary } from '../types'

import { labelsOf } from '../rules/terms'

type Values = Record<string, ParamValue>

/** What the diagnosis reads of a programme, besides its card. */
export type Eligibility = {
  anyIndustry: boolean
  areaScope: string
  employeeLimit: null | number
  industries: string[]
  municipalities: string[]
  purposes: string[]
  stages: string[]
}

/**
 * One question of the diagnosis. Whether a programme fits an answer is decided by the list's own
 * filter (subsidyWhere, the query parameter of the same name): these only say why, in Japanese.
 */
export type Criterion = {
  param: 'employees' | 'industry' | 'municipality' | 'purpose' | 'stage'
  /** Why a programme that fits the answer fits it. */
  met: (p: Eligibility, answer: ParamValue) => string
  /** What a programme that does not fit the answer asks for instead. */
  unmet: (p: Eligibility, answer: ParamValue) => string
}

const first = (value: ParamValue) => (Array.isArray(value) ? value[0] : String(value))

/** The questions, in the order a founder is asked them (jGrants' own vocabulary). */
export const diagnosisCriteria = (vocabulary: ResolvedVocabulary): Criterion[] => {
  const names = {
    industry: labelsOf(vocabulary.industries),
    municipality: labelsOf(vocabulary.municipalities),
    purpose: labelsOf(vocabulary.purposes),
    stage: labelsOf(vocabulary.stages),
  }
  const list = (labels: ReadonlyMap<string, string>, values: string[]) => values.map((v) => labels.get(v) ?? v).join('・')
  // A programme that names none of a kind is not found by that filter of the list: say so, not 「…が対象」 of nothing.
  const asks = (what: string, labels: ReadonlyMap<string, string>, values: string[], suffix: string) =>
    values.length ? `${list(labels, values)}${suffix}` : `${what}の指定なし（問い合わせ先でご確認ください）`
  return [
    {
      met: (p, answer) =>
        p.areaScope === 'nationwide'
          ? '全国が対象'
          : p.areaScope === 'prefecture'
            ? '県内全域が対象'
            : `${names.municipality.get(first(answer)) ?? first(answer)}が対象`,
      param: 'municipality',
      unmet: (p) => asks('市町村', names.municipality, p.municipalities, 'の事業が対象'),
    },
    {
      met: (_p, answer) => `${names.stage.get(first(answer)) ?? first(answer)}の方が対象`,
      param: 'stage',
      unmet: (p) => asks('事業のステージ', names.stage, p.stages, 'の方が対象'),
    },
    {
      met: (p, answer) =>
        p.employeeLimit === null ? '従業員数の条件なし' : `従業員 ${p.employeeLimit}名以下が条件（${String(answer)}名）`,
      param: 'employees',
      unmet: (p) => `従業員 ${p.employeeLimit}名以下が条件`,
    },
    {
      met: (p, answer) => (p.anyIndustry ? '業種を問わない' : `${names.industry.get(first(answer)) ?? first(answer)}が対象`),
      param: 'industry',
      unmet: (p) => asks('業種', names.industry, p.industries, 'が対象'),
    },
    {
      met: (_p, answer) => `目的「${names.purpose.get(first(answer)) ?? first(answer)}」に合う`,
      param: 'purpose',
      unmet: (p) => (p.purposes.length ? `目的は「${list(names.purpose, p.purposes)}」` : asks('目的', names.purpose, [], '')),
    },
  ]
}

/** The questions a founder answered. */
export const answered = (criteria: Criterion[], values: Values): Criterion[] =>
  criteria.filter(({ param }) => values[param] !== undefined && !(Array.isArray(values[param]) && values[param].length === 0))
