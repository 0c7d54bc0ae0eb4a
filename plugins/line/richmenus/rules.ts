import type { messagingApi } from '@line/bot-sdk'

/** LINE's documented limits of a rich menu (Messaging API reference, "Rich menu object"). */
export const RICH_MENU_LIMITS = {
  actionText: 300,
  areas: 20,
  chatBarText: 14,
  imageBytes: 1024 * 1024,
  label: 20,
  maxWidth: 2500,
  minAspectRatio: 1.45,
  minHeight: 250,
  minWidth: 800,
  mimeTypes: ['image/jpeg', 'image/png'],
  name: 300,
  uri: 1000,
} as const

export type RichMenuArea = {
  action?: 'message' | 'postback' | 'uri' | null
  data?: null | string
  height?: null | number
  label?: null | string
  text?: null | string
  uri?: null | string
  width?: null | number
  x?: null | number
  y?: null | number
}

export type RichMenuImage = { filesize?: null | number; height?: null | number; mimeType?: null | string; width?: null | number }

export type RichMenuDoc = { areas?: null | RichMenuArea[]; chatBarText?: null | string; name?: null | string; selected?: boolean | null }

export type RuleError = { message: string; path: string }

const L = RICH_MENU_LIMITS

/** What is wrong with an image as a rich menu's (LINE refuses it otherwise), in editors' words. */
export const imageErrors = (image: RichMenuImage | undefined): RuleError[] => {
  if (!image) return [{ message: '画像を選んでください。', path: 'image' }]
  const { filesize, mimeType } = image
  const height = image.height ?? 0
  const width = image.width ?? 0
  const errors: string[] = []
  if (!mimeType || !(L.mimeTypes as readonly string[]).includes(mimeType)) errors.push('PNG か JPEG の画像にしてください')
  if (!width || width < L.minWidth || width > L.maxWidth)
    errors.push(`幅は ${L.minWidth}〜${L.maxWidth} px にしてください（いまは ${width} px）`)
  if (!height || height < L.minHeight) errors.push(`高さは ${L.minHeight} px 以上にしてください（いまは ${height} px）`)
  else if (width / height < L.minAspectRatio) errors.push(`幅 ÷ 高さ は ${L.minAspectRatio} 以上にしてください`)
  if ((filesize ?? 0) > L.imageBytes) errors.push('ファイルは 1 MB 以下にしてください')
  return errors.length ? [{ message: `LINE のリッチメニューに使えない画像です: ${errors.join('。')}。`, path: 'image' }] : []
}

const actionErrors = (area: RichMenuArea, at: string): RuleError[] => {
  if (area.action === 'uri') {
    if (!area.uri || !/^(https?:\/\/|tel:)\S+$/.test(area.uri))
      return [{ message: 'https:// で始まるリンク先を入力してください。', path: `${at}.uri` }]
    if (area.uri.length > L.uri) return [{ message: `リンク先は ${L.uri} 文字以内にしてください。`, path: `${at}.uri` }]
  }
  if (area.action === 'message' && (!area.text || area.text.length > L.actionText)) {
    return [{ message: `送信する言葉を ${L.actionText} 文字以内で入力してください。`, path: `${at}.text` }]
  }
  if (area.action === 'postback' && (!area.data || area.data.length > L.actionText)) {
    return [{ message: `ポストバックのデータを ${L.actionText} 文字以内で入力してください。`, path: `${at}.data` }]
  }
  return []
}

/** Each tap area inside the image, with an action LINE accepts. */
export const areaErrors = (areas: RichMenuArea[], image: RichMenuImage | undefined): RuleError[] => {
  const errors: RuleError[] = []
  if (areas.length === 0) errors.push({ message: 'タップ領域を1つ以上設定してください。', path: 'areas' })
  if (areas.length > L.areas) errors.push({ message: `タップ領域は ${L.areas} 個までです。`, path: 'areas' })
  areas.forEach((area, i) => {
    const at = `areas.${i}`
    const [x, y, width, height] = [area.x ?? 0, area.y ?? 0, area.width ?? 0, area.height ?? 0]
    const size = image?.width && image.height ? { height: image.height, width: image.width } : null
    const inside = size && x >= 0 && y >= 0 && width > 0 && height > 0 && x + width <= size.width && y + height <= size.height
    if (size && !inside) {
      errors.push({ message: `領域 ${i + 1} が画像（${size.width}×${size.height} px）からはみ出しています。`, path: `${at}.width` })
    }
    errors.push(...actionErrors(area, at))
  })
  return errors
}

const actionOf = (area: RichMenuArea): messagingApi.Action => {
  const label = area.label?.slice(0, L.label) || undefined
  if (area.action === 'uri') return { label, type: 'uri', uri: area.uri! }
  if (area.action === 'postback') return { data: area.data!, displayText: area.label ?? undefined, label, type: 'postback' }
  return { label, text: area.text!, type: 'message' }
}

/** The rich menu object LINE is sent: its size is the image's, its areas the editor's. */
export const richMenuRequest = (
  doc: RichMenuDoc,
  image: Required<Pick<RichMenuImage, 'height' | 'width'>>,
): messagingApi.RichMenuRequest => ({
  areas: (doc.areas ?? []).map((area) => ({
    action: actionOf(area),
    bounds: { height: area.height!, width: area.width!, x: area.x!, y: area.y! },
  })),
  chatBarText: doc.chatBarText ?? 'メニュー',
  name: (doc.name ?? '').slice(0, L.name),
  selected: doc.selected ?? true,
  size: { height: image.height!, width: image.width! },
})
