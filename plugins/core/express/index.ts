/** The express side of the suite's server contract: plugins' routes, Payload's REST API, and serving both. */
export { clampListQuery, readKindOf } from './listLimits'
export { listen, type RunningServer } from './listen'
export { mountServerRoutes } from './mountRoutes'
export { payloadRestHandler, type PayloadRestOptions, REST_DEFAULTS, sendWebResponse, toWebRequest } from './payloadRest'
export { readBody, sendBodyTooLarge } from './requestBody'
