/** The express side of the suite's server contract: plugins' routes, Payload's REST API, and serving both. */
export { listen, type RunningServer } from './listen'
export { mountServerRoutes } from './mountRoutes'
export { payloadRestHandler, sendWebResponse, toWebRequest } from './payloadRest'
