import type { Payload } from 'payload'

const state = globalThis as typeof globalThis & { __akitaPayloadInits?: number }

/**
 * The express server and Next's route handlers must share one Payload instance per process
 * (two would double crons and connection pools). Counted at init; a second one is reported.
 */
export const countPayloadInit = (payload: Payload): number => {
  state.__akitaPayloadInits = (state.__akitaPayloadInits ?? 0) + 1
  if (state.__akitaPayloadInits > 1) {
    payload.logger.warn(`Payload initialised ${state.__akitaPayloadInits} times in this process`)
  }
  return state.__akitaPayloadInits
}

export const payloadInitCount = (): number => state.__akitaPayloadInits ?? 0
