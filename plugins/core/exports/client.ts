/** What the suite's admin components share: the REST base, JSON requests with the session, and error text. */
export { errorOf, type JsonAnswer, sendJson, useApiBase } from '../client/api'
export { ErrorText } from '../client/ErrorText'
