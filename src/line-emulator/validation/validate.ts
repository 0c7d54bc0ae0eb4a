import { bodyErrors, type ErrorDetail, type LineErrorBody, mapAjvErrors } from './errors'
import { checkAggregationUnits, checkMessageLimits, checkUserIds, GROUP_ID, ROOM_ID, USER_ID } from './limits'
import { checkRichMenu } from './richMenu'
import { schemaValidator } from './schemas'

export type RequestKind =
  | 'push'
  | 'multicast'
  | 'narrowcast'
  | 'broadcast'
  | 'reply'
  | 'validate'
  | 'audienceCreate'
  | 'audienceAdd'
  | 'richMenu'
  | 'richMenuBulkLink'
  | 'richMenuBulkUnlink'

const SCHEMAS: Record<RequestKind, ['line-messaging' | 'line-audience', string]> = {
  push: ['line-messaging', 'PushMessageRequest'],
  multicast: ['line-messaging', 'MulticastRequest'],
  narrowcast: ['line-messaging', 'NarrowcastRequest'],
  broadcast: ['line-messaging', 'BroadcastRequest'],
  reply: ['line-messaging', 'ReplyMessageRequest'],
  validate: ['line-messaging', 'ValidateMessageRequest'],
  audienceCreate: ['line-audience', 'CreateAudienceGroupRequest'],
  audienceAdd: ['line-audience', 'AddAudienceToAudienceGroupRequest'],
  richMenu: ['line-messaging', 'RichMenuRequest'],
  richMenuBulkLink: ['line-messaging', 'RichMenuBulkLinkRequest'],
  richMenuBulkUnlink: ['line-messaging', 'RichMenuBulkUnlinkRequest'],
}

const unique = (details: ErrorDetail[]): ErrorDetail[] => {
  const seen = new Set<string>()
  return details.filter((d) => {
    const key = `${d.property}\u0000${d.message}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

const invalidProperty = (property: string): LineErrorBody => ({
  message: `The property, '${property}', in the request body is invalid (line: -, column: -)`,
})

/**
 * Validates a parsed request body the way LINE does: the OpenAPI schema first, then the documented
 * limits the schema does not carry. Returns LINE's 400 body, or null when the request is valid.
 */
export const validateRequest = (kind: RequestKind, body: unknown): LineErrorBody | null => {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { message: 'The request body must be a JSON object' }
  }
  const [doc, name] = SCHEMAS[kind]
  const validate = schemaValidator(doc, name)
  const details: ErrorDetail[] = []
  if (!validate(body)) {
    const mapped = mapAjvErrors(validate.errors)
    if (mapped.typeError) return { message: mapped.typeError }
    details.push(...mapped.details)
  }
  const record = body as Record<string, unknown>
  if ('messages' in record) details.push(...checkMessageLimits(record.messages))
  if (kind === 'push' || kind === 'multicast') details.push(...checkAggregationUnits(record.customAggregationUnits))
  if (kind === 'multicast') details.push(...checkUserIds(record.to))
  if (kind === 'richMenu') details.push(...checkRichMenu(record))
  if (kind === 'audienceCreate' && record.description === undefined) {
    details.push({ message: 'must be specified', property: 'description' })
  }
  if (kind === 'audienceCreate' || kind === 'audienceAdd') {
    const audiences = Array.isArray(record.audiences) ? record.audiences : []
    audiences.forEach((audience, i) => {
      const id = (audience as { id?: unknown } | null)?.id
      if (typeof id !== 'string' || !USER_ID.test(id)) {
        details.push({ message: 'Invalid user ID', property: `audiences[${i}].id` })
      }
    })
  }
  if (details.length > 0) return bodyErrors(unique(details))
  if (kind === 'push') {
    const to = record.to as string
    if (!USER_ID.test(to) && !GROUP_ID.test(to) && !ROOM_ID.test(to)) return invalidProperty('to')
  }
  return null
}
