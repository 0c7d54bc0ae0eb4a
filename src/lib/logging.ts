import { defaultLoggerOptions } from 'payload'

type LogMethod = (...args: unknown[]) => void
type LevelMethods = { info: LogMethod; warn: LogMethod }

/** The HTTP status an error carries (`status`, or `statusCode` as http-errors and body parsers set it). */
export const errorStatusOf = (error: unknown): number | undefined => {
  if (!error || typeof error !== 'object') return undefined
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown }
  const value = typeof status === 'number' ? status : statusCode
  return typeof value === 'number' ? value : undefined
}

const PINO_ERROR = 50

/**
 * Payload logs every error it answers at `error`, with its stack, unless its name is in
 * `loggingLevels`; a wrong password or a bad query is the client's mistake, not the server's. An
 * error with a 4xx status becomes one line (`401 AuthenticationError: …`), at `warn` for 413 and
 * 429 (someone pushing limits) and `info` otherwise. 5xx and errors without a status keep their stack.
 */
export function clientErrorsOnOneLine(this: LevelMethods, args: unknown[], method: LogMethod, level: number): void {
  const [first] = args
  const error = first instanceof Error ? first : first && typeof first === 'object' ? (first as { err?: unknown }).err : undefined
  const status = level >= PINO_ERROR ? errorStatusOf(error) : undefined
  if (status === undefined || status < 400 || status >= 500) return method.apply(this, args)
  const { message, name } = error as Error
  const context = first !== error && typeof (first as { msg?: unknown }).msg === 'string' ? ` (${(first as { msg: string }).msg})` : ''
  const line = `${status} ${name}: ${message}${context}`
  if (status === 413 || status === 429) this.warn(line)
  else this.info(line)
}

/** Payload's own logger (pretty lines on stdout), with client errors on one line. */
export const payloadLogger = {
  destination: defaultLoggerOptions,
  options: { hooks: { logMethod: clientErrorsOnOneLine } },
}
