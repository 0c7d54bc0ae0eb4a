import type { ErrorDetail } from './errors'

/** Limits from LINE's Messaging API reference that the OpenAPI schemas do not carry. */
export const LIMITS = {
  messagesPerRequest: 5,
  multicastRecipients: 500,
  textLength: 5000,
  flexAltText: 1500,
  imagemapAltText: 1500,
  templateAltText: 400,
  /** Confirm template: its text, its two buttons, and each button's label. */
  confirmText: 240,
  confirmActions: 2,
  templateActionLabel: 20,
  /** "Max size of one bubble: 30 KB", measured as the bubble's JSON in UTF-8. */
  bubbleBytes: 30 * 1024,
  carouselBubbles: 12,
  carouselBytes: 50 * 1024,
  bodyBytes: 2 * 1024 * 1024,
  customAggregationUnitsPerRequest: 1,
  audiencesPerUpload: 10_000,
  audienceDescription: 120,
} as const

export const USER_ID = /^U[0-9a-f]{32}$/
export const GROUP_ID = /^C[0-9a-f]{32}$/
export const ROOM_ID = /^R[0-9a-f]{32}$/
export const AGGREGATION_UNIT = /^[a-zA-Z0-9_]{1,30}$/

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

const jsonBytes = (value: unknown): number => Buffer.byteLength(JSON.stringify(value), 'utf8')

const lengthCheck = (details: ErrorDetail[], value: unknown, property: string, max: number) => {
  if (typeof value !== 'string') return
  if (value.length === 0) details.push({ message: 'May not be empty', property })
  else if (value.length > max) details.push({ message: `Length must be between 0 and ${max}`, property })
}

const checkFlexContents = (details: ErrorDetail[], contents: unknown, property: string) => {
  if (!isObject(contents)) return
  if (contents.type === 'bubble') {
    if (jsonBytes(contents) > LIMITS.bubbleBytes) {
      details.push({ message: `The size of a bubble must be ${LIMITS.bubbleBytes / 1024} KB or less`, property })
    }
    return
  }
  if (contents.type === 'carousel' && Array.isArray(contents.contents)) {
    const bubbles = contents.contents
    if (bubbles.length < 1 || bubbles.length > LIMITS.carouselBubbles) {
      details.push({ message: `Size must be between 1 and ${LIMITS.carouselBubbles}`, property: `${property}.contents` })
    }
    bubbles.forEach((bubble, i) => {
      if (isObject(bubble) && jsonBytes(bubble) > LIMITS.bubbleBytes) {
        details.push({
          message: `The size of a bubble must be ${LIMITS.bubbleBytes / 1024} KB or less`,
          property: `${property}.contents[${i}]`,
        })
      }
    })
    if (jsonBytes(contents) > LIMITS.carouselBytes) {
      details.push({ message: `The size of a carousel must be ${LIMITS.carouselBytes / 1024} KB or less`, property })
    }
  }
}

const checkConfirmTemplate = (details: ErrorDetail[], template: unknown, property: string) => {
  if (!isObject(template) || template.type !== 'confirm') return
  lengthCheck(details, template.text, `${property}.text`, LIMITS.confirmText)
  if (!Array.isArray(template.actions)) return
  if (template.actions.length !== LIMITS.confirmActions) {
    details.push({ message: `Size must be between ${LIMITS.confirmActions} and ${LIMITS.confirmActions}`, property: `${property}.actions` })
  }
  template.actions.forEach((action, i) => {
    if (isObject(action)) lengthCheck(details, action.label, `${property}.actions[${i}].label`, LIMITS.templateActionLabel)
  })
}

/** Per-message limits; `messages` has already passed the schema (an array of objects with a type). */
export const checkMessageLimits = (messages: unknown): ErrorDetail[] => {
  const details: ErrorDetail[] = []
  if (!Array.isArray(messages)) return details
  messages.forEach((message, i) => {
    if (!isObject(message)) return
    const at = `messages[${i}]`
    switch (message.type) {
      case 'text':
      case 'textV2':
        lengthCheck(details, message.text, `${at}.text`, LIMITS.textLength)
        break
      case 'flex':
        lengthCheck(details, message.altText, `${at}.altText`, LIMITS.flexAltText)
        checkFlexContents(details, message.contents, `${at}.contents`)
        break
      case 'imagemap':
        lengthCheck(details, message.altText, `${at}.altText`, LIMITS.imagemapAltText)
        break
      case 'template':
        lengthCheck(details, message.altText, `${at}.altText`, LIMITS.templateAltText)
        checkConfirmTemplate(details, message.template, `${at}.template`)
        break
      default:
    }
  })
  return details
}

/** `customAggregationUnits`: at most one name per request, `^[a-zA-Z0-9_]{1,30}$`. */
export const checkAggregationUnits = (units: unknown): ErrorDetail[] => {
  if (units === undefined) return []
  if (!Array.isArray(units)) return [{ message: 'Must be an array', property: 'customAggregationUnits' }]
  const details: ErrorDetail[] = []
  if (units.length > LIMITS.customAggregationUnitsPerRequest) {
    details.push({ message: `Size must be between 0 and ${LIMITS.customAggregationUnitsPerRequest}`, property: 'customAggregationUnits' })
  }
  units.forEach((unit, i) => {
    if (typeof unit !== 'string' || !AGGREGATION_UNIT.test(unit)) {
      details.push({ message: `Must match the pattern ${AGGREGATION_UNIT.source}`, property: `customAggregationUnits[${i}]` })
    }
  })
  return details
}

/** Multicast `to`: every entry a user ID (group and room IDs are not accepted by multicast). */
export const checkUserIds = (to: unknown): ErrorDetail[] => {
  if (!Array.isArray(to)) return []
  const details: ErrorDetail[] = []
  for (let i = 0; i < to.length; i++) {
    const id = to[i]
    if (typeof id !== 'string' || !USER_ID.test(id)) details.push({ message: 'Invalid user ID', property: `to[${i}]` })
  }
  return details
}
