/** GET /api/ideas/:id/thread, as endpoints/thread.ts answers it. */
export type ThreadComment = {
  author: null | string
  body: null | string
  createdAt: string
  deleted: boolean
  depth: number
  editedAt: null | string
  id: number | string
  parent: null | number | string
  stance: string
}

export type Thread = {
  comments: ThreadComment[]
  following: boolean
  id: number | string
  officialAnswer: null | { answeredAt: null | string; answeredBy: null | string; text: string }
  state: string
  voted: boolean
  votesCount: number
}
