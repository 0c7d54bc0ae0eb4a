export { badRequest, conflict, forbidden, InputRefusal, notFound, Refusal, refuseInput } from './refusal'
export {
  answerInputRefusals,
  clientErrorResponse,
  type ErrorBody,
  errorBody,
  type ErrorItem,
  errorResponse,
  jsonResponse,
  readJsonObject,
  refusalResponse,
} from './response'
