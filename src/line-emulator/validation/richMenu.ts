import type { ErrorDetail } from './errors'

/** LINE's limits of a rich menu and its image (Messaging API reference, "Rich menu object" and "Upload rich menu image"). */
export const RICH_MENU = {
  minWidth: 800,
  maxWidth: 2500,
  minHeight: 250,
  minAspectRatio: 1.45,
  areas: 20,
  imageBytes: 1024 * 1024,
  imageTypes: ['image/jpeg', 'image/png'],
  menusPerChannel: 1000,
} as const

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

const REQUIRED = ['size', 'selected', 'name', 'chatBarText', 'areas'] as const

const sizeErrors = (size: unknown): ErrorDetail[] => {
  if (!isObject(size)) return []
  const width = Number(size.width)
  const height = Number(size.height)
  const details: ErrorDetail[] = []
  if (width < RICH_MENU.minWidth || width > RICH_MENU.maxWidth)
    details.push({ message: `must be between ${RICH_MENU.minWidth} and ${RICH_MENU.maxWidth}`, property: 'size.width' })
  if (height < RICH_MENU.minHeight)
    details.push({ message: `must be greater than or equal to ${RICH_MENU.minHeight}`, property: 'size.height' })
  else if (width / height < RICH_MENU.minAspectRatio)
    details.push({ message: `width / height must be greater than or equal to ${RICH_MENU.minAspectRatio}`, property: 'size' })
  return details
}

const boundsErrors = (areas: unknown[], size: Json): ErrorDetail[] => {
  const width = Number(size.width)
  const height = Number(size.height)
  const details: ErrorDetail[] = []
  areas.forEach((area, i) => {
    const bounds = isObject(area) && isObject(area.bounds) ? area.bounds : null
    if (!bounds) return
    const [x, y, w, h] = [bounds.x, bounds.y, bounds.width, bounds.height].map(Number)
    if (x + w > width || y + h > height) details.push({ message: 'must be inside the rich menu', property: `areas[${i}].bounds` })
  })
  return details
}

/** What the schema cannot say about a rich menu object: the required fields, the size rules and areas inside it. */
export const checkRichMenu = (record: Json): ErrorDetail[] => {
  const details: ErrorDetail[] = REQUIRED.filter((key) => record[key] === undefined).map((property) => ({
    message: 'must be specified',
    property,
  }))
  details.push(...sizeErrors(record.size))
  const areas = Array.isArray(record.areas) ? record.areas : []
  if (areas.length > RICH_MENU.areas) details.push({ message: `Size must be between 0 and ${RICH_MENU.areas}`, property: 'areas' })
  if (isObject(record.size)) details.push(...boundsErrors(areas, record.size))
  areas.forEach((area, i) => {
    if (isObject(area) && area.bounds === undefined) details.push({ message: 'must be specified', property: `areas[${i}].bounds` })
    if (isObject(area) && area.action === undefined) details.push({ message: 'must be specified', property: `areas[${i}].action` })
  })
  return details
}

const pngSize = (bytes: Buffer) =>
  bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('latin1', 12, 16) === 'IHDR'
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
    : null

// Start-of-frame markers of baseline, progressive and the other JPEG codings (not DHT, JPG or DAC).
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf])

const jpegSize = (bytes: Buffer) => {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return null
  for (let at = 2; at + 9 < bytes.length;) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]
    if (SOF.has(marker)) return { width: bytes.readUInt16BE(at + 7), height: bytes.readUInt16BE(at + 5) }
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  return null
}

/** The pixel size an image file declares, read from its header as LINE does; null when it is not a PNG or JPEG. */
export const imageSize = (contentType: string, bytes: Buffer): { width: number; height: number } | null =>
  contentType === 'image/png' ? pngSize(bytes) : contentType === 'image/jpeg' ? jpegSize(bytes) : null
