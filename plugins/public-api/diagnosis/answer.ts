import type { PayloadRequest, SelectType } from 'payload'

import type { ApiContext } from '../context'
import type { ParamValue } from '../params/types'

import { strings } from '../cards/subsidy'
import { queryCacheKey } from '../cache/keys'
import { cachedQuery, type ListAnswer } from '../endpoints/cached'
import { readFields, selectOf } from '../fieldMap'
import { subsidyWhere } from '../queries/subsidies'
import { answered, type Criterion, diagnosisCriteria, type Eligibility } from './criteria'

/** Programmes a diagnosis lists at most: the fitting ones, and those that miss by one answer. */
export const MAX_MATCHES = 100
export const MAX_NEAR_MISSES = 20

/** A diagnosis considers what a founder can still apply to. */
const NOT_CLOSED = ['upcoming', 'open', 'closing_soon']

type Values = Record<string, ParamValue>

const eligibilityOf = (ctx: ApiContext, doc: Record<string, unknown>): Eligibility => {
  const p = readFields(doc, ctx.options.subsidies.fields)
  return {
    anyIndustry: Boolean(p.anyIndustry),
    areaScope: p.areaScope ?? 'prefecture',
    employeeLimit: typeof p.employeeLimit === 'number' ? p.employeeLimit : null,
    industries: strings(p.industries),
    municipalities: strings(p.municipalities),
    purposes: strings(p.purposes),
    stages: strings(p.stages),
  }
}

/** Programmes the list's filters select for these answers, nearest deadline first. */
const programmesFor = async (req: PayloadRequest, ctx: ApiContext, values: Values, now: Date, select: SelectType) => {
  const { fields, slug } = ctx.options.subsidies
  const found = await req.payload.find({
    collection: slug,
    depth: 0,
    draft: false,
    limit: MAX_MATCHES,
    overrideAccess: true,
    select,
    sort: [fields.sortDeadline, 'id'],
    where: { and: [...ctx.published(slug), ...subsidyWhere({ ...values, status: NOT_CLOSED }, ctx.options, now)] },
  })
  return { docs: found.docs as Record<string, unknown>[], totalDocs: found.totalDocs }
}

/**
 * The programmes that fit every answer, each with why, and those that fit all but one, with the
 * condition they ask for ("従業員 20名以下が条件"). A near miss is found by the same filters with
 * that one answer left out, so the diagnosis and `GET /subsidies` never disagree.
 */
const diagnose = async (req: PayloadRequest, ctx: ApiContext, values: Values, now: Date) => {
  const f = ctx.options.subsidies.fields
  const select = { ...ctx.subsidies.cardSelect, ...selectOf([f.anyIndustry, f.employeeLimit, f.industries, f.stages]) } as SelectType
  const criteria = answered(diagnosisCriteria(ctx.options.vocabulary), values)
  const result = (doc: Record<string, unknown>, met: Criterion[]) => ({
    ...ctx.subsidies.card(doc, now),
    reasons: met.map((c) => c.met(eligibilityOf(ctx, doc), values[c.param])),
  })
  const fits = await programmesFor(req, ctx, values, now, select)
  const fitting = new Set(fits.docs.map((doc) => String(doc.id)))
  const nearMisses = []
  // A business rarely moves: what another municipality offers comes after what a change of plan could reach.
  const byPlaceLast = [...criteria.filter((c) => c.param !== 'municipality'), ...criteria.filter((c) => c.param === 'municipality')]
  for (const missed of byPlaceLast) {
    const others = criteria.filter((c) => c !== missed)
    const { docs } = await programmesFor(req, ctx, { ...values, [missed.param]: undefined }, now, select)
    for (const doc of docs.filter((d) => !fitting.has(String(d.id)))) {
      nearMisses.push({ ...result(doc, others), unmet: [missed.unmet(eligibilityOf(ctx, doc), values[missed.param])] })
    }
  }
  return {
    matches: fits.docs.map((doc) => result(doc, criteria)),
    nearMisses: nearMisses.slice(0, MAX_NEAR_MISSES),
    totalMatches: fits.totalDocs,
  }
}

/** `GET /diagnosis`: the programmes that fit a founder's answers, and the near misses with why not. */
export const diagnosisAnswer = (ctx: ApiContext): ListAnswer =>
  cachedQuery(ctx, {
    build: (req, values, now) => diagnose(req, ctx, values, now),
    keyOf: (values, _search, now) => queryCacheKey('diagnosis', values, now),
    params: ctx.params.diagnosis,
  })

export type Diagnosis = Awaited<ReturnType<typeof diagnose>>
