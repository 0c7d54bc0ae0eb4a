import type { PayloadRequest } from 'payload'

import { forbidden } from '@akita-dx/plugin-core'

import type { ResolvedLineOptions } from '../types'

import { labelOf } from '../residents/options'
import { lineT } from '../translations'
import { reachesBeyond, type SegmentRule } from './rule'

/**
 * Where a user may send: the one municipality a municipal office's staff act for (its residents
 * only), or null for the prefecture's staff and admins, who reach every resident.
 */
export const sendingScopeOf = (req: PayloadRequest, options: ResolvedLineOptions): Promise<null | string> =>
  req.user ? options.organisation.municipalityOf(req) : Promise.resolve(null)

/** The municipality's name as residents registered it (横手市), for messages. */
export const municipalityName = (options: ResolvedLineOptions, value: string): string =>
  labelOf(options.residents.municipalities, value) ?? value

/**
 * Refuses rules that could reach a resident outside the user's municipality (every follower, a
 * neighbour, an `or` that an interest widens): 403, naming the rules. Prefecture staff pass.
 */
export const assertWithinScope = async (
  req: PayloadRequest,
  options: ResolvedLineOptions,
  rules: (SegmentRule & { name?: unknown })[],
): Promise<void> => {
  const municipality = await sendingScopeOf(req, options)
  if (municipality === null) return
  const beyond = rules.filter((rule) => reachesBeyond(rule, [municipality]))
  if (beyond.length === 0) return
  const names = beyond.map((rule) => `「${String(rule.name ?? '')}」`).join('')
  throw forbidden(lineT(req, 'errorOutsideScope', { municipality: municipalityName(options, municipality), segments: names }))
}
