import { type ID, idOf, sameId } from '@akita-dx/plugin-core/shared'

export type Criteria = { department: ID | null; minLevel: number; qualification: string; skill: ID | null }

type Doc = Record<string, any>

const nameOf = (value: unknown): null | string => (value && typeof value === 'object' ? String((value as Doc).name ?? '') : null)

/**
 * What of a profile matches the search, row by row (a skill at the level asked for, not the skill
 * on one row and the level on another), or null when it does not match after all.
 */
export const matchedParts = (profile: Doc, { department, minLevel, qualification, skill }: Criteria) => {
  const skills = ((profile.skills ?? []) as Doc[])
    .filter((row) => skill === null || (sameId(idOf(row.skill), skill) && Number(row.level) >= minLevel))
    .map((row) => ({ level: Number(row.level), name: nameOf(row.skill) }))
  const wanted = qualification.toLowerCase()
  const qualifications = ((profile.qualifications ?? []) as Doc[])
    .filter(
      (row) =>
        wanted &&
        String(row.name ?? '')
          .toLowerCase()
          .includes(wanted),
    )
    .map((row) => ({ expires: row.expires ?? null, name: String(row.name) }))
  const posts = ((profile.pastAssignments ?? []) as Doc[])
    .filter((row) => department !== null && sameId(idOf(row.department), department))
    .map((row) => ({ department: nameOf(row.department), from: row.from ?? null, role: row.role ?? null, until: row.until ?? null }))
  if ((skill !== null && skills.length === 0) || (wanted && qualifications.length === 0) || (department !== null && posts.length === 0))
    return null
  return {
    availability: profile.availability ?? null,
    currentDepartment: nameOf(profile.currentDepartment),
    displayName: profile.displayName ?? '',
    id: profile.id as ID,
    matched: { pastAssignments: posts, qualifications, skills: skill === null ? [] : skills },
  }
}
