import type { Payload } from 'payload'

import { seedSteps } from './steps'

export const runSeed = async (payload: Payload, { quiet = false }: { quiet?: boolean } = {}): Promise<void> => {
  const log = (line: string) => {
    if (!quiet) payload.logger.info(`[seed] ${line}`)
  }
  for (const step of seedSteps) {
    await step.run({ log, payload })
  }
}
