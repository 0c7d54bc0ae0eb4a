import { APIError, type PayloadRequest, ValidationError } from 'payload'

/** A 400 naming the field that was wrong, in the shape Payload's own validation uses. */
export const invalid = (req: PayloadRequest, collection: string, path: string, message: string) =>
  new ValidationError({ collection, errors: [{ message, path }] }, req.t)

/**
 * A 403 whose message says who may do it (shown to the client). Named like Payload's own
 * Forbidden so it is logged at Payload's level for refusals, not as a server error.
 */
export const forbidden = (message: string) => {
  const error = new APIError(message, 403, undefined, true)
  error.name = 'Forbidden'
  return error
}
