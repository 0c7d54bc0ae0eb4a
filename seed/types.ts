import type { Payload } from 'payload'

export type SeedContext = {
  /** Prints a line of the seed's report (the console, unless quiet). */
  log: (line: string) => void
  payload: Payload
}

/** One idempotent part of the seed: it creates only what is missing, so a second run changes nothing. */
export type SeedStep = {
  name: string
  run: (context: SeedContext) => Promise<void>
}
