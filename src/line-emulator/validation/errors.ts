import type { ErrorObject } from 'ajv'

/** LINE's error body: `{ message, details? }` (details omitted when empty, as LINE does). */
export type LineErrorBody = {
  message: string
  details?: { message: string; property: string }[]
  sentMessages?: { id: string; quoteToken?: string }[]
}

export type ErrorDetail = { message: string; property: string }

export const bodyErrors = (details: ErrorDetail[]): LineErrorBody => ({
  message: `The request body has ${details.length} error(s)`,
  details,
})

/** `/messages/0/contents/body` → `messages[0].contents.body`, LINE's property notation. */
export const propertyOf = (instancePath: string, child?: string): string => {
  const parts = instancePath.split('/').filter(Boolean)
  if (child !== undefined) parts.push(child)
  let out = ''
  for (const part of parts) {
    if (/^\d+$/.test(part)) out += `[${part}]`
    else out += out ? `.${part}` : part
  }
  return out || '/'
}

const bound = (schema: Record<string, unknown> | undefined, min: string, max: string) => ({
  min: typeof schema?.[min] === 'number' ? (schema[min] as number) : 0,
  max: typeof schema?.[max] === 'number' ? (schema[max] as number) : undefined,
})

// Wrapper keywords only say that a nested schema failed; the nested error is what LINE reports.
const WRAPPERS = new Set(['if', 'then', 'allOf', 'anyOf', 'oneOf', '$ref'])

export type MappedErrors = { typeError?: string; details: ErrorDetail[] }

/**
 * Turns ajv errors into LINE's wording ("must be specified", "Size must be between 1 and 5",
 * "Length must be between 0 and 1500", "Must be one of the following values: [...]"). A value of the
 * wrong JSON type is a deserialisation error on LINE, reported without details.
 */
export const mapAjvErrors = (errors: ErrorObject[] | null | undefined): MappedErrors => {
  const details: ErrorDetail[] = []
  const seen = new Set<string>()
  let typeError: string | undefined
  const push = (property: string, message: string) => {
    const key = `${property}\u0000${message}`
    if (seen.has(key)) return
    seen.add(key)
    details.push({ message, property })
  }
  for (const error of errors ?? []) {
    if (WRAPPERS.has(error.keyword)) continue
    const parent = error.parentSchema as Record<string, unknown> | undefined
    const property = propertyOf(error.instancePath)
    switch (error.keyword) {
      case 'required':
        push(propertyOf(error.instancePath, String(error.params.missingProperty)), 'must be specified')
        break
      case 'minItems':
      case 'maxItems': {
        const { min, max } = bound(parent, 'minItems', 'maxItems')
        push(property, max === undefined ? `Size must be at least ${min}` : `Size must be between ${min} and ${max}`)
        break
      }
      case 'minLength':
      case 'maxLength': {
        const { min, max } = bound(parent, 'minLength', 'maxLength')
        if (min > 0 && error.keyword === 'minLength' && min === 1) push(property, 'May not be empty')
        else push(property, max === undefined ? `Length must be at least ${min}` : `Length must be between ${min} and ${max}`)
        break
      }
      case 'enum':
        push(property, `Must be one of the following values: [${(error.params.allowedValues as unknown[]).join(', ')}]`)
        break
      case 'type':
        typeError ??= `The property, '${property}', in the request body is invalid (line: -, column: -)`
        break
      case 'pattern':
        push(property, `Must match the pattern ${String(error.params.pattern)}`)
        break
      case 'format':
        push(property, `Invalid ${String(error.params.format)}`)
        break
      case 'minimum':
        push(property, `Must be greater than or equal to ${String(error.params.limit)}`)
        break
      case 'maximum':
        push(property, `Must be less than or equal to ${String(error.params.limit)}`)
        break
      default:
        push(property, error.message ?? 'Invalid value')
    }
  }
  return { typeError, details }
}
