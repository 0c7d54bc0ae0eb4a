/** Values the plugin's hooks set: never written by a request. */
export const serverSet = { create: () => false, update: () => false }

/** Chosen when the document is created, never changed afterwards. */
export const fixed = { update: () => false }
