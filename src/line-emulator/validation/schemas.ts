import { Ajv, type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'

import { type JsonSchema, loadOpenApi } from './openapi'

const REF_PREFIX = '#/components/schemas/'

type Discriminator = { propertyName: string; mapping?: Record<string, string> }

const clone = <T>(value: T): T => structuredClone(value)

/**
 * OpenAPI 3.0 models inheritance as a base schema carrying a `discriminator` whose subtypes `allOf`
 * the base again. JSON Schema validators cannot follow that cycle, so each discriminated base is split
 * into `Name__base` (the shared properties, what subtypes extend) and `Name` (base + dispatch on the
 * discriminator value to the subtype).
 */
export const convertComponents = (schemas: Record<string, JsonSchema>): Record<string, JsonSchema> => {
  const out: Record<string, JsonSchema> = clone(schemas)
  for (const [name, schema] of Object.entries(schemas)) {
    const discriminator = schema.discriminator as Discriminator | undefined
    if (!discriminator?.mapping) continue
    const baseName = `${name}__base`
    const base = clone(schema)
    delete base.discriminator
    out[baseName] = base
    const prop = discriminator.propertyName
    const dispatch: JsonSchema[] = []
    for (const [value, ref] of Object.entries(discriminator.mapping)) {
      const targetName = ref.replace(REF_PREFIX, '')
      const target = out[targetName]
      if (!target) continue
      if (Array.isArray(target.allOf)) {
        target.allOf = (target.allOf as JsonSchema[]).map((part) =>
          part.$ref === REF_PREFIX + name ? { $ref: REF_PREFIX + baseName } : part,
        )
      }
      dispatch.push({
        if: { properties: { [prop]: { const: value } }, required: [prop] },
        then: { $ref: ref },
      })
    }
    out[name] = {
      type: 'object',
      required: [prop],
      properties: { [prop]: { type: 'string', enum: Object.keys(discriminator.mapping) } },
      allOf: [{ $ref: REF_PREFIX + baseName }, ...dispatch],
    }
  }
  return out
}

// ajv-formats is CommonJS; depending on the loader its function is the module or its default export.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv

let ajv: Ajv | null = null

const instance = (): Ajv => {
  if (ajv) return ajv
  const created = new Ajv({ allErrors: true, strict: false, verbose: true, logger: false })
  addFormats(created)
  for (const format of ['int32', 'int64', 'float', 'double', 'binary', 'byte', 'password']) {
    created.addFormat(format, true)
  }
  // insight.yml misuses `format` for a pattern once; accept it rather than fail the whole document.
  created.addFormat('^[0-9]{8}$', /^[0-9]{8}$/)
  const messaging = loadOpenApi('messaging-api.yml').components?.schemas ?? {}
  const audience = loadOpenApi('manage-audience.yml').components?.schemas ?? {}
  created.addSchema({ $id: 'line-messaging', components: { schemas: convertComponents(messaging) } })
  created.addSchema({ $id: 'line-audience', components: { schemas: convertComponents(audience) } })
  ajv = created
  return created
}

const compiled = new Map<string, ValidateFunction>()

/** A compiled validator for a component schema, e.g. `schemaValidator('line-messaging', 'PushMessageRequest')`. */
export const schemaValidator = (doc: 'line-messaging' | 'line-audience', name: string): ValidateFunction => {
  const key = `${doc}#${name}`
  const existing = compiled.get(key)
  if (existing) return existing
  const validate = instance().compile({ $ref: `${doc}${REF_PREFIX}${name}` })
  compiled.set(key, validate)
  return validate
}
