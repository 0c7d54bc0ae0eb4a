import type { Where } from 'payload'

import type { ParamValue } from '../params/types'
import type { StoryFields } from '../types'

import { searchWords } from '../rules/search'
import { listOf } from './subsidies'

/** The database query of `GET /stories` (without the published condition): every word in one of the texts. */
export const storyWhere = (values: Record<string, ParamValue>, f: StoryFields): Where[] => {
  const and: Where[] = []
  for (const word of typeof values.q === 'string' ? searchWords(values.q) : []) {
    and.push({
      or: [
        { [f.founderName]: { like: word } },
        { [f.company]: { like: word } },
        { [f.title]: { like: word } },
        { [f.quote]: { like: word } },
        { [f.tags]: { contains: word } },
      ],
    })
  }
  const municipalities = listOf(values.municipality)
  if (municipalities) and.push({ [f.municipality]: { in: municipalities } })
  const industries = listOf(values.industry)
  if (industries) and.push({ [f.industry]: { in: industries } })
  return and
}
