const GUARD = Symbol.for('@akita-dx/plugin-core/guard')

type Marked = { [GUARD]?: string }

/** Tags a hook with the guard it implements, so installing the guards twice adds each hook once. */
export const markGuard = <T extends object>(name: string, hook: T): T => {
  ;(hook as Marked)[GUARD] = name
  return hook
}

export const guardOf = (hook: unknown): string | undefined => (hook as Marked | undefined)?.[GUARD]

export const hasGuard = (hooks: unknown[] | undefined, name: string): boolean => (hooks ?? []).some((hook) => guardOf(hook) === name)
