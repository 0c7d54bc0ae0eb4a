import type { Config, Payload } from 'payload'

type ConfigLike = { custom?: Record<string, any> }

/**
 * Where a plugin keeps its resolved options so its hooks, endpoints, routes and the plugins that
 * build on it read one value: `attach` at config time, `of` at run time (from the config or the
 * Payload instance). The storage is this module's business; callers get a typed value.
 */
export const optionsSlot = <T>(plugin: string) => {
  const key = `@akita-dx/${plugin}`
  const find = (source: ConfigLike | Payload): T | undefined => {
    const config = 'config' in source ? (source as Payload).config : (source as ConfigLike)
    return config.custom?.[key] as T | undefined
  }
  return {
    attach: (config: Config, options: T): Config => ({ ...config, custom: { ...config.custom, [key]: options } }),
    find,
    of: (source: ConfigLike | Payload): T => {
      const options = find(source)
      if (!options) throw new Error(`${plugin} is not installed in this Payload config`)
      return options
    },
  }
}

/** A whole number of at least `min`, or the fallback when unset; anything else stops the config build. */
export const integerOption = (plugin: string, name: string, value: number | undefined, fallback: number, min = 1): number => {
  if (value === undefined) return fallback
  if (!Number.isInteger(value) || value < min) throw new Error(`${plugin}: ${name} must be an integer of at least ${min}, got ${value}`)
  return value
}
