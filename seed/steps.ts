import type { SeedStep } from './types'

import { organisationSeed } from './organisation'

/** Seed steps in dependency order: later steps look up what earlier ones created. */
export const seedSteps: SeedStep[] = [organisationSeed]
