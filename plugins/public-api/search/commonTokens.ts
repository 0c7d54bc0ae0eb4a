/**
 * A token in more than this share of the rows is left out of the text index's condition: asking
 * the index for nearly every row costs more than the scan the exact test makes anyway (on SQLite
 * a lookup per candidate; on PostgreSQL, whose planner then scans, the token vector computed per
 * row: 10,000 programmes, a word in all of them, ~140 ms with it and ~10 ms without).
 */
export const COMMON_SHARE = 0.25

/** How long a list of common tokens serves before the next read fetches a new one in the background. */
const REFRESH_MS = 60 * 60 * 1000

export type CommonTokens = {
  /** Reloads the list (after a rebuild, at start-up). */
  refresh: () => Promise<void>
  /** The tokens worth asking the text index for: the ones not common. */
  selective: (tokens: readonly string[]) => string[]
  /** Starts a reload when the list is old; the read does not wait for it. */
  touch: () => void
}

/**
 * The tokens common enough to leave out of the text index's condition, from the database's own
 * statistics (`load`). Only a plan: the exact substring test decides what matches, so a list that
 * is out of date makes a query slower, never its answer different.
 */
export const commonTokens = (load: () => Promise<string[]>, onError: (error: unknown) => void): CommonTokens => {
  let common = new Set<string>()
  let loadedAt = 0
  let loading: null | Promise<void> = null
  const refresh = () =>
    (loading ??= load()
      .then((tokens) => {
        common = new Set(tokens)
        loadedAt = Date.now()
      })
      .catch(onError)
      .finally(() => {
        loading = null
      }))
  return {
    refresh,
    selective: (tokens) => tokens.filter((token) => !common.has(token)),
    touch: () => {
      if (Date.now() - loadedAt > REFRESH_MS) void refresh()
    },
  }
}
