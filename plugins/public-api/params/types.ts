import type { PublicApiMessage } from '../translations'

/**
 * A query parameter, described once: the handlers validate with it and the OpenAPI document is
 * generated from it, so the two cannot drift apart.
 */
type Base = {
  description: string
  /** Example value shown in the OpenAPI document. */
  example?: string
  name: string
}

/** Comma-separated values from a fixed list; `accepted` maps every accepted spelling to its code. */
export type ListParam = Base & {
  /** Accepted input → stored code (codes themselves and, e.g., Japanese municipality names). */
  accepted: ReadonlyMap<string, string>
  default?: readonly string[]
  kind: 'list'
  /** A value that lifts the filter altogether (`status=all`). */
  wildcard?: string
}

export type IntegerParam = Base & {
  default?: number
  kind: 'integer'
  maximum: number
  minimum: number
}

type EnumParam = Base & {
  default?: string
  kind: 'enum'
  values: readonly string[]
}

export type StringParam = Base & {
  kind: 'string'
  maxLength: number
}

export type ParamDefinition = EnumParam | IntegerParam | ListParam | StringParam

export type ParamValue = number | string | string[] | undefined

/** A problem with one parameter, as a message key: the endpoint words it in the request's language. */
export type ParamError = { field: string; reason: PublicApiMessage; vars?: Record<string, unknown> }
