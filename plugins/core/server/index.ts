export { addBackgroundTasks, type BackgroundTask, backgroundTasksOf, startBackgroundWork, type StopWork } from './background'
export { BodyTooLargeError, formatBytes, readRawBody, sendError, sendJson } from './http'
export { addServerRoutes, type RouteContext, type RouteMethod, type RouteResult, type ServerRoute, serverRoutesOf } from './routes'
