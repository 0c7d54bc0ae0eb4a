import { APIError } from 'payload'

/**
 * A request a plugin refuses (wrong person, closed state, duplicate): thrown from hooks and
 * endpoints, shown to the client as `{ errors: [{ message }] }` and logged at info level like
 * Payload's own Forbidden, since a refusal is not a server fault (see `withCore`). With `field`,
 * the body also names the input, as Payload's ValidationError does.
 */
export class Refusal extends APIError {
  constructor(
    status: number,
    message: string,
    readonly field?: string,
  ) {
    super(message, status, field ? { errors: [{ message, path: field }] } : undefined, true)
    this.name = 'Refusal'
  }
}

export const badRequest = (message: string, field?: string) => new Refusal(400, message, field)
export const forbidden = (message: string) => new Refusal(403, message)
export const notFound = (message: string) => new Refusal(404, message)
export const conflict = (message: string) => new Refusal(409, message)
