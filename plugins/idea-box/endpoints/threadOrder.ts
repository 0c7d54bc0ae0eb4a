type Node = { createdAt?: unknown; id?: unknown; parent?: unknown }

const key = (value: unknown) => (value === null || value === undefined ? '' : String(value))

/**
 * Comments in reading order: each parent before its replies, siblings oldest first. A reply
 * whose parent the caller cannot see starts a thread of its own rather than disappearing.
 */
export const threadOrder = <T extends Node>(comments: T[]): T[] => {
  const byTime = [...comments].sort((a, b) => String(a.createdAt).localeCompare(String(b.createdAt)))
  const ids = new Set(byTime.map((c) => key(c.id)))
  const children = new Map<string, T[]>()
  for (const comment of byTime) {
    const parent = ids.has(key(comment.parent)) ? key(comment.parent) : ''
    children.set(parent, [...(children.get(parent) ?? []), comment])
  }
  const ordered: T[] = []
  const walk = (parent: string) => {
    for (const child of children.get(parent) ?? []) {
      ordered.push(child)
      walk(key(child.id))
    }
  }
  walk('')
  return ordered
}
