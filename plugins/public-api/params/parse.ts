import type { ParamDefinition, ParamError, ParamValue } from './types'

export type ParseResult =
  | { errors: ParamError[]; ok: false }
  | { ok: true; values: Record<string, ParamValue> }

const describeAccepted = (accepted: ReadonlyMap<string, string>) => {
  const values = [...new Set(accepted.values())]
  return values.length > 12 ? `${values.slice(0, 12).join(', ')}, …` : values.join(', ')
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
      errors.push({ message: `unknown parameter "${name.slice(0, 50)}"`, parameter: name.slice(0, 50) })
      continue
    }
    raw.set(name, [...(raw.get(name) ?? []), value])
  }

  const values: Record<string, ParamValue> = {}
  for (const definition of definitions) {
    const given = (raw.get(definition.name) ?? []).map((v) => v.trim()).filter((v) => v !== '')
    const fail = (message: string) => errors.push({ message, parameter: definition.name })

    if (definition.kind === 'list') {
      const items = given.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '')
      if (items.length === 0) {
        values[definition.name] = definition.default ? [...definition.default].sort() : undefined
        continue
      }
      if (definition.wildcard && items.includes(definition.wildcard)) {
        if (items.length > 1) fail(`"${definition.wildcard}" cannot be combined with other values`)
        values[definition.name] = undefined
        continue
      }
      const mapped = new Set<string>()
      for (const item of items) {
        const code = definition.accepted.get(item) ?? definition.accepted.get(item.normalize('NFKC'))
        if (code === undefined) {
          fail(`"${item.slice(0, 50)}" is not one of: ${describeAccepted(definition.accepted)}`)
        } else mapped.add(code)
      }
      values[definition.name] = [...mapped].sort()
      continue
    }

    if (given.length > 1) {
      fail('must be given once')
      continue
    }
    const value = given[0]
    if (value === undefined) {
      values[definition.name] = 'default' in definition ? definition.default : undefined
      continue
    }

    if (definition.kind === 'integer') {
      const normalised = value.normalize('NFKC')
      if (!/^\d{1,16}$/.test(normalised)) {
        fail('must be a whole number')
        continue
      }
      const number = Number(normalised)
      if (number < definition.minimum) fail(`must be at least ${definition.minimum}`)
      else if (number > definition.maximum) fail(`must be at most ${definition.maximum}`)
      else values[definition.name] = number
    } else if (definition.kind === 'enum') {
      if (definition.values.includes(value)) values[definition.name] = value
      else fail(`must be one of: ${definition.values.join(', ')}`)
    } else {
      const normalised = value.normalize('NFKC').replace(/\s+/gu, ' ').trim()
      if (normalised.length > definition.maxLength) fail(`must be at most ${definition.maxLength} characters`)
      else values[definition.name] = normalised || undefined
    }
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
