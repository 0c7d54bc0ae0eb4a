import { APIError, ValidationError } from 'payload'

/**
 * A request the idea box refuses (wrong person, closed idea, duplicate). Logged at info level
 * like Payload's own Forbidden and ValidationError: a refusal is not a server fault.
 */
export class IdeaBoxRefusal extends APIError {
  constructor(message: string, status: number) {
    super(message, status, null, true)
    this.name = 'IdeaBoxRefusal'
  }
}

/** 403 with a message the client sees (Payload hides messages of non-public errors). */
export const forbidden = (message: string) => new IdeaBoxRefusal(message, 403)

/** 409: the request is valid but conflicts with the current state (closed idea, duplicate vote). */
export const conflict = (message: string) => new IdeaBoxRefusal(message, 409)

/** 400 naming the field that was wrong, in Payload's usual validation error shape. */
export const invalid = (collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ message, path }] })
