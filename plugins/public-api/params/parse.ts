import type { ListParam, ParamDefinition, ParamError, ParamValue } from './types'

type ParseResult = { errors: ParamError[]; ok: false } | { ok: true; values: Record<string, ParamValue> }

const describeAccepted = (accepted: ReadonlyMap<string, string>) => {
  const values = [...new Set(accepted.values())]
  return values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ')
}

/** Records a problem; returns no value, so a parser can `return fail(…)`. */
type Fail = (reason: ParamError['reason'], vars?: Record<string, unknown>) => undefined

const parseList = (definition: ListParam, given: string[], fail: Fail): ParamValue => {
  const items = given
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
  if (items.length === 0) return definition.default ? [...definition.default].sort() : undefined
  if (definition.wildcard && items.includes(definition.wildcard)) {
    if (items.length > 1) fail('wildcardAlone', { wildcard: definition.wildcard })
    return undefined
  }
  const mapped = new Set<string>()
  for (const item of items) {
    const code = definition.accepted.get(item) ?? definition.accepted.get(item.normalize('NFKC'))
    if (code === undefined) fail('notAccepted', { accepted: describeAccepted(definition.accepted), value: item.slice(0, 50) })
    else mapped.add(code)
  }
  return [...mapped].sort()
}

const parseSingle = (definition: Exclude<ParamDefinition, ListParam>, value: string, fail: Fail): ParamValue => {
  if (definition.kind === 'integer') {
    const normalised = value.normalize('NFKC')
    if (!/^\d{1,16}$/.test(normalised)) return fail('wholeNumber')
    const number = Number(normalised)
    if (number < definition.minimum) return fail('atLeast', { min: definition.minimum })
    if (number > definition.maximum) return fail('atMost', { max: definition.maximum })
    return number
  }
  if (definition.kind === 'enum') {
    if (definition.values.includes(value)) return value
    return fail('notOneOf', { values: definition.values.join(', ') })
  }
  const normalised = value.normalize('NFKC').replace(/\s+/gu, ' ').trim()
  if (normalised.length > definition.maxLength) return fail('tooLong', { max: definition.maxLength })
  // PostgreSQL refuses NUL in text outright, and no search term has other control characters.
  if (/\p{Cc}/u.test(normalised)) return fail('controlCharacter')
  return normalised || undefined
}

/**
 * Validates a query string against parameter definitions. Every problem is reported (not just
 * the first), each naming its parameter; an empty value counts as absent. Lists come back
 * de-duplicated and sorted so equal queries normalise to the same cache key.
 */
export const parseParams = (search: URLSearchParams, definitions: readonly ParamDefinition[]): ParseResult => {
  const errors: ParamError[] = []
  const byName = new Map(definitions.map((d) => [d.name, d]))
  const raw = new Map<string, string[]>()
  for (const [name, value] of search) {
    if (!byName.has(name)) {
      const field = name.slice(0, 50)
      errors.push({ field, reason: 'unknownParameter', vars: { name: field } })
      continue
    }
    raw.set(name, [...(raw.get(name) ?? []), value])
  }

  const values: Record<string, ParamValue> = {}
  for (const definition of definitions) {
    const given = (raw.get(definition.name) ?? []).map((v) => v.trim()).filter((v) => v !== '')
    const fail: Fail = (reason, vars) => {
      errors.push({ field: definition.name, reason, vars })
      return undefined
    }
    if (definition.kind === 'list') values[definition.name] = parseList(definition, given, fail)
    else if (given.length > 1) fail('giveOnce')
    else if (given.length === 0) values[definition.name] = 'default' in definition ? definition.default : undefined
    else values[definition.name] = parseSingle(definition, given[0], fail)
  }
  return errors.length ? { errors, ok: false } : { ok: true, values }
}

/** A stable string for equal queries, whatever the order or spelling of their parameters. */
export const cacheKeyOf = (values: Record<string, ParamValue>): string =>
  JSON.stringify(
    Object.keys(values)
      .sort()
      .filter((k) => values[k] !== undefined)
      .map((k) => [k, values[k]]),
  )
