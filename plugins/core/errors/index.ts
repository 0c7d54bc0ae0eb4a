export { badRequest, conflict, forbidden, notFound, Refusal } from './refusal'
export { type ErrorBody, errorBody, type ErrorItem, errorResponse, jsonResponse, readJsonObject, refusalResponse } from './response'
