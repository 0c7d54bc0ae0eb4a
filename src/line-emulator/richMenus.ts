import { randomBytes } from 'node:crypto'

export type RichMenuImage = { contentType: string; bytes: Buffer; width: number; height: number }

export type RichMenuObject = {
  richMenuId: string
  size: { width: number; height: number }
  selected: boolean
  name: string
  chatBarText: string
  areas: unknown[]
}

type Stored = { menu: RichMenuObject; image: RichMenuImage | null }

/** Why LINE refuses a rich-menu call, with the status it answers. */
export class RichMenuRefusal extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** LINE's rich-menu id: `richmenu-` and 32 hex digits. */
export const newRichMenuId = (): string => `richmenu-${randomBytes(16).toString('hex')}`

/** The channel's rich menus, their images, the default menu and which user is linked to which menu. */
export class RichMenuStore {
  private menus = new Map<string, Stored>()
  private links = new Map<string, string>()
  defaultId: string | null = null

  get size(): number {
    return this.menus.size
  }

  create(menu: Omit<RichMenuObject, 'richMenuId'>): RichMenuObject {
    const stored = { ...menu, richMenuId: newRichMenuId() }
    this.menus.set(stored.richMenuId, { menu: stored, image: null })
    return stored
  }

  get(richMenuId: string): RichMenuObject | null {
    return this.menus.get(richMenuId)?.menu ?? null
  }

  list(): RichMenuObject[] {
    return [...this.menus.values()].map((s) => s.menu)
  }

  image(richMenuId: string): RichMenuImage | null {
    return this.menus.get(richMenuId)?.image ?? null
  }

  setImage(richMenuId: string, image: RichMenuImage): void {
    const stored = this.found(richMenuId)
    if (stored.image) throw new RichMenuRefusal(400, 'An image has already been uploaded to the richmenu')
    const { width, height } = stored.menu.size
    if (image.width !== width || image.height !== height)
      throw new RichMenuRefusal(400, `The image size (${image.width}x${image.height}) must match the rich menu size (${width}x${height})`)
    stored.image = image
  }

  /** Deleting a menu unlinks its users and, when it was the default, leaves no default (as on LINE). */
  delete(richMenuId: string): void {
    this.found(richMenuId)
    this.menus.delete(richMenuId)
    for (const [userId, linked] of this.links) if (linked === richMenuId) this.links.delete(userId)
    if (this.defaultId === richMenuId) this.defaultId = null
  }

  setDefault(richMenuId: string): void {
    this.usable(richMenuId)
    this.defaultId = richMenuId
  }

  link(userIds: readonly string[], richMenuId: string): void {
    this.usable(richMenuId)
    for (const userId of userIds) this.links.set(userId, richMenuId)
  }

  unlink(userIds: readonly string[]): void {
    for (const userId of userIds) this.links.delete(userId)
  }

  linkedTo(userId: string): string | null {
    return this.links.get(userId) ?? null
  }

  /** What a user sees: their own menu, else the default. */
  shownTo(userId: string): string | null {
    return this.links.get(userId) ?? this.defaultId
  }

  linkTable(): Record<string, string> {
    return Object.fromEntries(this.links)
  }

  /** What `GET /_emulator/richmenus` shows: each menu with its image's type, size and pixels, the default and the links. */
  snapshot() {
    return {
      richMenus: [...this.menus.values()].map(({ menu, image }) => ({
        ...menu,
        image: image && { contentType: image.contentType, bytes: image.bytes.length, width: image.width, height: image.height },
      })),
      defaultRichMenuId: this.defaultId,
      links: this.linkTable(),
    }
  }

  clear(): void {
    this.menus.clear()
    this.links.clear()
    this.defaultId = null
  }

  private found(richMenuId: string): Stored {
    const stored = this.menus.get(richMenuId)
    if (!stored) throw new RichMenuRefusal(404, 'Not found')
    return stored
  }

  /** A menu is shown to users only once its image is uploaded. */
  private usable(richMenuId: string): void {
    if (!this.found(richMenuId).image) throw new RichMenuRefusal(400, 'must upload richmenu image before applying it to user')
  }
}
