import { hashUnit } from './random'

export type EmulatedUser = {
  userId: string
  displayName: string
  language: string
  pictureUrl?: string
  statusMessage?: string
  following: boolean
  followedAt: number | null
  blockedAt: number | null
  /** Demographics LINE estimates; narrowcast `filter.demographic` is evaluated against them. */
  gender: 'male' | 'female'
  age: number
  area: string
  appType: 'ios' | 'android'
}

export type UserInput = Partial<EmulatedUser> & { userId: string }

const AGE_MIN = 15

/** Stable pseudo-demographics from the user ID, so narrowcast filters select the same users every run. */
const derived = (userId: string): Pick<EmulatedUser, 'gender' | 'age' | 'area' | 'appType' | 'displayName' | 'language'> => ({
  gender: hashUnit(1, userId) < 0.5 ? 'female' : 'male',
  age: AGE_MIN + Math.floor(hashUnit(2, userId) * 60),
  // jp_05 is Akita in LINE's area codes; a few followers live elsewhere in Tohoku.
  area: hashUnit(3, userId) < 0.85 ? 'jp_05' : ['jp_02', 'jp_03', 'jp_04', 'jp_06'][Math.floor(hashUnit(4, userId) * 4)],
  appType: hashUnit(5, userId) < 0.6 ? 'ios' : 'android',
  displayName: `県民${userId.slice(1, 7)}`,
  language: 'ja',
})

/** Who follows the official account, as LINE knows it: changed by replayed follow/unfollow events or the control API. */
export class UserRegistry {
  private users = new Map<string, EmulatedUser>()
  private everFollowed = new Set<string>()

  get(userId: string): EmulatedUser | undefined {
    return this.users.get(userId)
  }

  /** The user as LINE sees them, without registering an unknown user as a follower. */
  view(userId: string): EmulatedUser {
    return this.users.get(userId) ?? { userId, ...derived(userId), following: true, followedAt: null, blockedAt: null }
  }

  upsert(input: UserInput, now = Date.now()): EmulatedUser {
    const existing = this.users.get(input.userId)
    const base: EmulatedUser = existing ?? {
      userId: input.userId,
      ...derived(input.userId),
      following: true,
      followedAt: now,
      blockedAt: null,
    }
    const user: EmulatedUser = { ...base, ...input }
    if (input.following === true && existing && !existing.following) {
      user.followedAt = input.followedAt ?? now
      user.blockedAt = null
    }
    if (input.following === false && (!existing || existing.following)) {
      user.blockedAt = input.blockedAt ?? now
      if (!existing) user.followedAt = input.followedAt ?? null
    }
    if (user.following) this.everFollowed.add(user.userId)
    this.users.set(user.userId, user)
    return user
  }

  /** A follow event; `isUnblocked` is true when the user had blocked the account before. */
  follow(userId: string, now = Date.now()): { isUnblocked: boolean } {
    const existing = this.users.get(userId)
    const isUnblocked = Boolean(existing && !existing.following)
    this.upsert({ userId, following: true }, now)
    return { isUnblocked }
  }

  unfollow(userId: string, now = Date.now()): void {
    this.upsert({ userId, following: false }, now)
  }

  isBlocked(userId: string): boolean {
    return this.users.get(userId)?.following === false
  }

  followers(): EmulatedUser[] {
    return [...this.users.values()].filter((u) => u.following)
  }

  all(): EmulatedUser[] {
    return [...this.users.values()]
  }

  counts(): { followers: number; blocks: number; everFollowed: number } {
    let followers = 0
    let blocks = 0
    for (const u of this.users.values()) {
      if (u.following) followers++
      else blocks++
    }
    return { followers, blocks, everFollowed: this.everFollowed.size }
  }

  clear(): void {
    this.users.clear()
    this.everFollowed.clear()
  }
}
