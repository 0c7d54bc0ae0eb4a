import type { SeedStep } from './types'

import { contentSeed } from './content'
import { ideasSeed } from './ideas'
import { lineSeed } from './line'
import { organisationSeed } from './organisation'
import { talentSeed } from './talent'

/** Seed steps in dependency order: later steps look up what earlier ones created. */
export const seedSteps: SeedStep[] = [organisationSeed, contentSeed, talentSeed, ideasSeed, lineSeed]
