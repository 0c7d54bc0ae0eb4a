/**
 * Helpers shared by the plugins' standalone tests and the app's tests. The LINE emulator is in `@akita-dx/test-support/line`, the app's own config in
 * `@akita-dx/test-support/app`, the browser in `/browser`, the built server in `/spawn`.
 */
export { bootConfig, shutdownPayload } from './boot'
export { testDepartments, testUsers } from './collections'
export { testDatabaseAdapter, testDatabaseKind, testDatabaseUri } from './database'
export { api, errorMessage } from './http'
export { seededRandom } from './random'
export { serve, type TestServer } from './server'
export { createTestUser, ensureDepartment, loginHeaders, type TestUser } from './users'
