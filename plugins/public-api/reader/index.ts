import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { Answer } from '../answers/answer'
import type { SubsidyFacets } from '../answers/facets'
import type { Diagnosis } from '../diagnosis/answer'
import type { ListPage } from '../endpoints/cached'
import type { PublicQuery, PublicReader, Read, StoryCard, StoryDetail, SubsidyDetail, SubsidyHit } from './types'

import { publicApiAnswers, publicApiOptions } from '../slot'

const utf8 = new TextDecoder()

const names = (params: readonly { name: string }[]) => params.map(({ name }) => name)

/** The body of an answer as the API would send it (the same bytes, cached or not), or its errors. */
const readOf = <T>(answer: Answer): Read<T> =>
  answer.ok ? { ok: true, value: JSON.parse(utf8.decode(answer.prepared.body)) as T } : answer

const searchOf = (query: PublicQuery) =>
  query instanceof URLSearchParams
    ? query
    : new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))

/**
 * What the public API answers, for pages rendered in the same app (the founders' portal): the
 * same parameters, the same rules (published only, public fields only), the same cache, without
 * an HTTP round trip. Null when the plugin is not installed or is disabled.
 */
export const publicReader = (payload: Payload): null | PublicReader => {
  const answers = publicApiAnswers.find(payload)
  const options = publicApiOptions.find(payload)
  if (!answers || !options) return null
  let localReq: Promise<PayloadRequest> | undefined
  const req = () => (localReq ??= createLocalReq({}, payload))
  const list =
    <T>(answer: (req: PayloadRequest, search: URLSearchParams) => Promise<Answer>) =>
    async (query: PublicQuery) =>
      readOf<T>(await answer(await req(), searchOf(query)))
  const detail =
    <T>(answer: (req: PayloadRequest, search: URLSearchParams, slug: string) => Promise<Answer>) =>
    async (slug: string) =>
      readOf<T>(await answer(await req(), new URLSearchParams(), slug))
  const { stories, subsidies } = answers
  const none = async (): Promise<Read<never>> => ({ errors: [{ message: 'No stories in this app' }], ok: false, status: 404 })
  return {
    closingSoonDays: options.closingSoonDays,
    diagnosis: list<Diagnosis>(answers.diagnosis),
    queryParams: {
      diagnosis: names(answers.params.diagnosis),
      stories: names(answers.params.storyList),
      subsidies: names(answers.params.subsidyList),
    },
    serverURL: options.serverURL,
    stories: stories ? list<ListPage<StoryCard>>(stories.list) : none,
    story: stories ? detail<StoryDetail>(stories.detail) : none,
    subsidies: list<ListPage<SubsidyHit>>(subsidies.list),
    subsidy: detail<SubsidyDetail>(subsidies.detail),
    subsidyFacets: list<SubsidyFacets>(subsidies.facets),
    vocabulary: options.vocabulary,
  }
}
