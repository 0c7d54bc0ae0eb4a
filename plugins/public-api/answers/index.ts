import type { ApiContext } from '../context'
import type { DetailAnswer, ListAnswer } from '../endpoints/cached'
import type { ApiParams } from '../types'

import { storyAnswers } from '../endpoints/stories'
import { subsidyDetailAnswer, subsidyListAnswer } from '../endpoints/subsidies'
import { diagnosisAnswer } from '../diagnosis/answer'
import { subsidyFacetsAnswer } from './facets'

/** Every answer of the API, built once per config: the endpoints send them, the reader hands them to pages. */
export type PublicAnswers = {
  diagnosis: ListAnswer
  /** The parameters each answer takes, as the endpoints validate them. */
  params: ApiParams
  /** The programmes' search index, for a rebuild. */
  search: ApiContext['search']
  stories: null | { detail: DetailAnswer; list: ListAnswer }
  subsidies: { detail: DetailAnswer; facets: ListAnswer; list: ListAnswer }
}

export const createAnswers = (ctx: ApiContext): PublicAnswers => ({
  diagnosis: diagnosisAnswer(ctx),
  params: ctx.params,
  search: ctx.search,
  stories: storyAnswers(ctx),
  subsidies: { detail: subsidyDetailAnswer(ctx), facets: subsidyFacetsAnswer(ctx), list: subsidyListAnswer(ctx) },
})
