import type { PayloadRequest } from 'payload'

import { SKILLS } from '../constants'
import { buildSkillIndex, type SkillIndex } from './skillIndex'

/** The taxonomy as synonym groups, read once for a ranking or a proposal. */
export const loadSkillIndex = async (req: PayloadRequest): Promise<SkillIndex> => {
  const skills = await req.payload.find({
    collection: SKILLS,
    depth: 0,
    overrideAccess: true,
    pagination: false,
    req,
    select: { aliases: true, name: true },
  })
  return buildSkillIndex(skills.docs.map((s) => ({ aliases: (s.aliases as null | string[]) ?? [], id: s.id, name: String(s.name) })))
}
