import type { FieldAccess } from 'payload'

const marked = new WeakSet<FieldAccess>()

/**
 * Marks a field access function whose answer depends on the user alone, never on the document
 * (admins only, editors only). The query guard then decides a filter or sort on the field from
 * one call, without loading the documents the query could match.
 */
export const documentFree = <T extends FieldAccess>(access: T): T => {
  marked.add(access)
  return access
}

export const isDocumentFree = (access: FieldAccess): boolean => marked.has(access)
