import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { badRequest } from '@akita-dx/plugin-core'

import { needsApproval } from '../approval/rules'
import { lineClientConfig } from '../client/config'
import { LINE_USER_ID_PATTERN } from '../constants'
import { newAggregationUnit } from '../messages/aggregationUnit'
import { composeFromSource } from '../messages/compose'
import { applyTransforms, type TransformOutcome } from '../messages/transforms'
import { type MessageProblem, validateMessages } from '../messages/validate'
import { lineOptionsOf } from '../options'
import { countRecipients } from '../segments/count'
import { findSegmentRules } from '../segments/find'
import { assertWithinScope } from '../segments/scope'
import { lineT } from '../translations'
import { deliveryDepartment } from './ownership'
import { checkTargetArea } from './targetArea'
import type { ResolvedLineOptions } from '../types'

const overLimits = (req: PayloadRequest, problems: MessageProblem[]) =>
  badRequest(lineT(req, 'errorLimits', { problems: problems.map((p) => `${p.path} ${p.message}`).join(' / ') }), 'messages')

/**
 * The request itself: a mode, segments for a live send, a linked LINE id for a test send, a real
 * date. Answers how many residents a live send would reach now (what its approver is shown).
 */
const checkRequest = async (req: PayloadRequest, options: ResolvedLineOptions, data: Record<string, unknown>): Promise<null | number> => {
  if (data.mode !== 'test' && data.mode !== 'live') throw badRequest(lineT(req, 'errorMode'), 'mode')
  if (data.mode === 'live' && !(Array.isArray(data.segments) && data.segments.length))
    throw badRequest(lineT(req, 'errorNoSegments'), 'segments')
  if (data.scheduledAt && Number.isNaN(Date.parse(String(data.scheduledAt))))
    throw badRequest(lineT(req, 'errorScheduledAt'), 'scheduledAt')
  if (data.mode === 'live') {
    // A municipal office reaches its own residents only, whatever the request asks for.
    await assertWithinScope(req, options, await findSegmentRules(req.payload, data.segments as (number | string)[]))
    const recipients = await countRecipients(req.payload, data.segments as (number | string)[])
    // A send that would reach nobody is a mistake in the segments, not a success to report later.
    if (recipients === 0) throw badRequest(lineT(req, 'errorNoRecipients'), 'segments')
    return recipients
  }
  const user = req.user
    ? ((await req.payload.findByID({ collection: options.organisation.users, depth: 0, id: req.user.id, overrideAccess: true, req })) as {
        lineUserIds?: null | string[]
      })
    : null
  if (!(user?.lineUserIds ?? []).some((id) => LINE_USER_ID_PATTERN.test(id))) throw badRequest(lineT(req, 'errorNoTestIds'))
  return null
}

/**
 * Where a create's transform outcomes wait for the row's id: the request's context, read from
 * `req` itself each time (a nested Local API call with this `req` may replace `req.context`, so a
 * hook's own `context` argument can be stale by then).
 */
const OUTCOMES = 'plugin-line:transformOutcomes'
type OutcomeStore = Record<string, TransformOutcome[]>

/**
 * A new delivery: checks the request, builds its messages from the source document (loaded
 * once), runs the other plugins' transforms, validates the result against LINE's limits and
 * fills the bookkeeping fields. Anything wrong is a 400 naming the problem, before a row exists.
 */
export const prepareDelivery =
  (options: ResolvedLineOptions): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'create') return { ...data, ...frozenFieldsOf(originalDoc) }
    const recipientEstimate = await checkRequest(req, options, data)
    const composed = await composeFromSource(req.payload, options, data, req)
    if (composed.problems.length) throw overLimits(req, composed.problems)
    const municipalityOverride = await checkTargetArea(req, data, composed.source)
    const aggregationUnit = newAggregationUnit(options.aggregationUnitPrefix)
    const segments = data.mode === 'test' ? [] : data.segments
    const department = deliveryDepartment(req, composed.source.doc, composed.source.fields.department, options)
    const delivery = { ...data, aggregationUnit, department, segments }
    const { messages, outcomes } = await applyTransforms({
      delivery,
      messages: composed.messages,
      payload: req.payload,
      req,
      source: composed.source,
    })
    const problems = validateMessages(messages, req)
    if (problems.length) throw overLimits(req, problems)
    if (outcomes.length) ((req.context[OUTCOMES] ??= {}) as OutcomeStore)[aggregationUnit] = outcomes
    return {
      ...delivery,
      claimedBy: null,
      claimedUntil: null,
      documentTitle: composed.title,
      failed: 0,
      frozenAt: null,
      lastError: null,
      messages,
      messageWarnings: composed.warnings,
      municipalityOverride,
      recipientEstimate,
      rejectionReason: null,
      requestedBy: req.user?.id ?? null,
      reviewedAt: null,
      reviewedBy: null,
      sandbox: lineClientConfig().sandbox,
      sent: 0,
      status: needsApproval(req, options, data) ? 'awaiting_approval' : 'scheduled',
      total: 0,
    }
  }

/** Hands each transform what it created, now that the delivery row has an id (same transaction). */
export const tieTransformedRows: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const outcomes = (req.context[OUTCOMES] as OutcomeStore | undefined)?.[doc.aggregationUnit]
  if (!outcomes) return doc
  const transforms = lineOptionsOf(req.payload).transforms
  for (const outcome of outcomes) {
    await transforms
      .find((t) => t.name === outcome.name)
      ?.onCreated?.({ created: outcome.created, delivery: doc, payload: req.payload, req })
  }
  return doc
}

/** What a delivery was created with never changes: the record says what was sent. */
const FROZEN = [
  'collection',
  'document',
  'department',
  'segments',
  'mode',
  'messages',
  'altText',
  'extraText',
  'aggregationUnit',
  'recipientEstimate',
  'requestedBy',
]
const frozenFieldsOf = (doc: Record<string, unknown> | undefined) =>
  Object.fromEntries(FROZEN.filter((k) => doc && k in doc).map((k) => [k, doc![k]]))
