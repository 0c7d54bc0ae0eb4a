import { seededRandom } from './random'
import type { FaultConfig, FaultKind } from './types'

export const DEFAULT_FAULTS: FaultConfig = {
  status429: 0,
  status500: 0,
  timeoutBeforeAccept: 0,
  status500AfterAccept: 0,
  timeoutAfterAccept: 0,
  afterAcceptMode: 'drop',
  timeoutMs: 5000,
  retryAfterSeconds: 1,
  endpoints: null,
  seed: null,
}

const ORDER: FaultKind[] = ['status429', 'status500', 'timeoutBeforeAccept', 'status500AfterAccept', 'timeoutAfterAccept']

export const isAfterAccept = (kind: FaultKind | null): boolean => kind === 'status500AfterAccept' || kind === 'timeoutAfterAccept'

const share = (value: unknown, name: string): number => {
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new RangeError(`${name} must be a share between 0 and 1`)
  return n
}

/** Checks a partial fault configuration from options or `PUT /_emulator/faults`; throws a RangeError naming the bad field. */
export const normaliseFaults = (input: Partial<FaultConfig>, base: FaultConfig = DEFAULT_FAULTS): FaultConfig => {
  const out: FaultConfig = { ...base }
  for (const kind of ORDER) if (input[kind] !== undefined) out[kind] = share(input[kind], kind)
  if (input.afterAcceptMode !== undefined) {
    if (input.afterAcceptMode !== 'drop' && input.afterAcceptMode !== 'delay')
      throw new RangeError("afterAcceptMode must be 'drop' or 'delay'")
    out.afterAcceptMode = input.afterAcceptMode
  }
  if (input.timeoutMs !== undefined) {
    if (!Number.isFinite(input.timeoutMs) || input.timeoutMs < 0) throw new RangeError('timeoutMs must be a number of milliseconds ≥ 0')
    out.timeoutMs = input.timeoutMs
  }
  if (input.retryAfterSeconds !== undefined) {
    if (input.retryAfterSeconds !== null && (!Number.isInteger(input.retryAfterSeconds) || input.retryAfterSeconds < 0)) {
      throw new RangeError('retryAfterSeconds must be a whole number of seconds or null')
    }
    out.retryAfterSeconds = input.retryAfterSeconds
  }
  if (input.endpoints !== undefined) {
    if (input.endpoints !== null && (!Array.isArray(input.endpoints) || input.endpoints.some((e) => typeof e !== 'string'))) {
      throw new RangeError('endpoints must be a list of operation names or null')
    }
    out.endpoints = input.endpoints
  }
  if (input.seed !== undefined) {
    if (input.seed !== null && !Number.isInteger(input.seed)) throw new RangeError('seed must be an integer or null')
    out.seed = input.seed
  }
  const total = ORDER.reduce((sum, kind) => sum + out[kind], 0)
  if (total > 1 + 1e-9) throw new RangeError('the fault shares add up to more than 1')
  return out
}

/** Draws at most one fault per request. */
export class FaultInjector {
  config: FaultConfig = DEFAULT_FAULTS
  private random: () => number = Math.random
  /** How many faults of each kind were injected since the last reset. */
  injected: Record<FaultKind, number> = {
    status429: 0,
    status500: 0,
    timeoutBeforeAccept: 0,
    status500AfterAccept: 0,
    timeoutAfterAccept: 0,
  }

  constructor(input: Partial<FaultConfig> = {}) {
    this.set(input)
  }

  set(input: Partial<FaultConfig>): FaultConfig {
    this.config = normaliseFaults(input, this.config)
    // A seed restarts the sequence, so a test that sets it gets the same draws every run.
    this.random = this.config.seed === null ? Math.random : seededRandom(this.config.seed)
    return this.config
  }

  draw(operation: string): FaultKind | null {
    const c = this.config
    if (c.endpoints && !c.endpoints.includes(operation)) return null
    if (ORDER.every((kind) => c[kind] === 0)) return null
    let r = this.random()
    for (const kind of ORDER) {
      if (r < c[kind]) {
        this.injected[kind]++
        return kind
      }
      r -= c[kind]
    }
    return null
  }

  resetCounts(): void {
    for (const kind of ORDER) this.injected[kind] = 0
  }
}
