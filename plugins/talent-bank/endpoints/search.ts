import type { Endpoint, PayloadRequest, Where } from 'payload'

import { errorResponse, jsonResponse, parseDocumentId, requireRole } from '@akita-dx/plugin-core'

import type { ResolvedTalentBankOptions } from '../types'

import { SKILL_LEVELS, STAFF_PROFILES } from '../constants'
import { message } from '../translations'
import { type Criteria, matchedParts } from './searchMatch'

const MAX_RESULTS = 50
const MAX_TEXT = 100
// Candidates the query may find before the exact filter: enough for any department's search.
const SCAN = 500

type Parsed = Criteria | Response

const criteriaOf = (req: PayloadRequest, params: URLSearchParams): Parsed => {
  const bad = (field: string, key: Parameters<typeof message>[1]) => errorResponse(400, message(req, key), { field })
  const skill = params.get('skill') ? parseDocumentId(req.payload, params.get('skill')) : null
  if (params.get('skill') && skill === null) return bad('skill', 'error.searchSkill')
  const minLevel = params.get('minLevel') ?? '1'
  if (!(SKILL_LEVELS as readonly string[]).includes(minLevel)) return bad('minLevel', 'error.searchLevel')
  const qualification = (params.get('qualification') ?? '').trim()
  if (qualification.length > MAX_TEXT) return bad('qualification', 'error.searchText')
  const department = params.get('department') ? parseDocumentId(req.payload, params.get('department')) : null
  if (params.get('department') && department === null) return bad('department', 'error.searchDepartment')
  if (skill === null && !qualification && department === null) return bad('skill', 'error.searchEmpty')
  return { department, minLevel: Number(minLevel), qualification, skill }
}

/** The query's part: people who have the skill, a qualification of that name, a post in that department. */
const whereOf = ({ department, qualification, skill }: Criteria): Where => ({
  and: [
    ...(skill === null ? [] : [{ 'skills.skill': { equals: skill } }]),
    ...(qualification ? [{ 'qualifications.name': { like: qualification } }] : []),
    ...(department === null ? [] : [{ 'pastAssignments.department': { equals: department } }]),
  ],
})

/**
 * GET /api/staff-profiles/search?skill=&minLevel=&qualification=&department=: colleagues by skill
 * (at a level or above, on the same row), qualification and past department, as the caller may
 * see them (each profile's 公開範囲 and consent apply, through the collection's read access).
 * Each hit says what matched.
 */
export const searchEndpoint = (options: ResolvedTalentBankOptions): Endpoint => ({
  handler: async (req) => {
    const refused = requireRole(req, options.organisation, 'staff')
    if (refused) return refused
    const criteria = criteriaOf(req, new URL(req.url ?? 'http://localhost').searchParams)
    if (criteria instanceof Response) return criteria
    const { docs } = await req.payload.find({
      collection: STAFF_PROFILES,
      depth: 1,
      limit: SCAN,
      overrideAccess: false,
      req,
      select: { availability: true, currentDepartment: true, displayName: true, pastAssignments: true, qualifications: true, skills: true },
      sort: 'displayName',
      user: req.user,
      where: whereOf(criteria),
    })
    const hits = docs.map((doc) => matchedParts(doc as Record<string, any>, criteria)).filter((hit) => hit !== null)
    return jsonResponse({ docs: hits.slice(0, MAX_RESULTS), totalDocs: hits.length })
  },
  method: 'get',
  path: '/search',
})
