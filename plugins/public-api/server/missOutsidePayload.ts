import type { Payload, PayloadRequest } from 'payload'

import { createLocalReq } from 'payload'

import type { PublicAnswers } from '../answers'
import type { ApiContext } from '../context'
import type { PreparedBody } from '../http/prepared'

/**
 * A list the search index answers, built in front of Payload too: with the index a miss costs a
 * statement, and building a PayloadRequest for it would cost several times that. The answer runs
 * on a local request (the API reads public documents only, as nobody); a refusal is left to the
 * Payload endpoint, which words it in the request's language.
 */
export const missOutsidePayload = (ctx: ApiContext, answers: PublicAnswers) => {
  const localReqs = new WeakMap<Payload, Promise<PayloadRequest>>()
  const localReqOf = (payload: Payload) => {
    let req = localReqs.get(payload)
    if (!req) localReqs.set(payload, (req = createLocalReq({}, payload)))
    return req
  }
  return async (payload: Payload, route: string, search: URLSearchParams): Promise<PreparedBody | undefined> => {
    if (route !== '/subsidies' || !ctx.search?.of(payload)) return undefined
    const answer = await answers.subsidies.list(await localReqOf(payload), search)
    return answer.ok ? answer.prepared : undefined
  }
}
