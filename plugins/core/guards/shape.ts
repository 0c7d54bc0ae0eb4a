/** Whether a JSON value nests objects and arrays more than `max` levels deep (walked without recursion). */
export const nestsDeeperThan = (value: unknown, max: number): boolean => {
  const stack: [unknown, number][] = [[value, 0]]
  while (stack.length) {
    const [item, depth] = stack.pop()!
    if (!item || typeof item !== 'object') continue
    if (depth >= max) return true
    for (const child of Object.values(item)) if (child && typeof child === 'object') stack.push([child, depth + 1])
  }
  return false
}

/** The path (`links.0.url`) of the first string or key holding a NUL character, or null. */
export const nulPathOf = (value: unknown, prefix = ''): null | string => {
  const stack: [unknown, string][] = [[value, prefix]]
  while (stack.length) {
    const [item, path] = stack.pop()!
    if (typeof item === 'string') {
      if (item.includes('\u0000')) return path
      continue
    }
    if (!item || typeof item !== 'object') continue
    for (const [key, child] of Object.entries(item)) {
      const childPath = path ? `${path}.${key}` : key
      if (key.includes('\u0000')) return path || key
      stack.push([child, childPath])
    }
  }
  return null
}

/** A plain object (what JSON makes of `{…}`), not an array, a Date or another class's instance. */
export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && [Object.prototype, null].includes(Object.getPrototypeOf(value))
