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

/**
 * A query parameter or input value refused before Payload runs the operation (a filter on a field
 * the user cannot read, an id that cannot exist, a body that is no JSON object). Answered
 * `{ errors: [{ message, field }] }` like the suite's endpoints once `answerInputRefusals` is a
 * collection's afterError hook (the guards install it); logged at info level like every refusal.
 */
export class InputRefusal extends Refusal {
  constructor(status: number, message: string, field?: string) {
    super(status, message)
    Object.defineProperty(this, 'field', { enumerable: true, value: field })
  }
}

export const refuseInput = (message: string, field?: string, status = 400) => new InputRefusal(status, message, field)
