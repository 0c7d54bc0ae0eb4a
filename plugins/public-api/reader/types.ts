import type { SubsidyFacets } from '../answers/facets'
import type { Diagnosis } from '../diagnosis/answer'
import type { StoryCards } from '../cards/story'
import type { SubsidyCards } from '../cards/subsidy'
import type { ListPage } from '../endpoints/cached'
import type { ErrorItem } from '@akita-dx/plugin-core'

import type { Highlight } from '../search/highlight'
import type { ResolvedVocabulary } from '../types'

/** An answer's body, or the errors the API would send with its status. */
export type Read<T> = { errors: ErrorItem[]; ok: false; status: 400 | 404 | 503 } | { ok: true; value: T }

/** A programme as `GET /subsidies` lists it. */
export type SubsidyCard = ReturnType<SubsidyCards['card']>
/** A programme as `GET /subsidies` lists it for a keyword search: with where the words matched. */
export type SubsidyHit = SubsidyCard & { highlight?: Highlight }
/** A programme as `GET /subsidies/:slug` answers it. */
export type SubsidyDetail = Omit<ReturnType<SubsidyCards['detail']>, 'stories'> & { stories: StoryCard[] }
/** A story as `GET /stories` lists it. */
export type StoryCard = ReturnType<StoryCards['card']>
/** A story as `GET /stories/:slug` answers it. */
export type StoryDetail = Omit<ReturnType<StoryCards['detail']>, 'programmes'> & { programmes: SubsidyCard[] }

/** A query as the API takes it: a query string's parameters, by name. */
export type PublicQuery = Record<string, string | undefined> | URLSearchParams

export type PublicReader = {
  /** The programmes that fit a founder's answers, and those that miss by one, with why. */
  diagnosis: (query: PublicQuery) => Promise<Read<Diagnosis>>
  /** Days before the deadline from which a programme is 締切間近. */
  closingSoonDays: number
  /** Names of the query parameters of the programme list, the story list and the diagnosis. */
  queryParams: Record<'diagnosis' | 'stories' | 'subsidies', string[]>
  /** The public origin of the app (canonical URLs, feeds). */
  serverURL: string
  stories: (query: PublicQuery) => Promise<Read<ListPage<StoryCard>>>
  story: (slug: string) => Promise<Read<StoryDetail>>
  subsidies: (query: PublicQuery) => Promise<Read<ListPage<SubsidyHit>>>
  subsidy: (slug: string) => Promise<Read<SubsidyDetail>>
  /** Counts per kind, provider, purpose and status of the programmes the query finds. */
  subsidyFacets: (query: PublicQuery) => Promise<Read<SubsidyFacets>>
  vocabulary: ResolvedVocabulary
}
