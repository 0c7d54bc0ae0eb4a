import base from './jest.config.js'

/**
 * `npm run test:pg`: the suites on PostgreSQL. Suites that never open a database (the LINE
 * emulator, pure rules and message builders, the build and import-map checks, MongoDB's own test)
 * would run exactly as they do in `npm test`, so they run once, there.
 */
const DATABASE_FREE = [
  '<rootDir>/src/line-emulator/',
  '<rootDir>/tests/integration/(emulatorBuild|importMap|mongodb)\\.test\\.ts$',
  '<rootDir>/tests/unit/',
  '<rootDir>/plugins/idea-box/tests/(defaults|rules)\\.test\\.ts$',
  '<rootDir>/plugins/line-analytics/tests/(planInsight|redirectRules|rewriteLinks)\\.test\\.ts$',
  '<rootDir>/plugins/line/tests/(callOutcome|clientConfig|conversation|messages)\\.test\\.ts$',
  '<rootDir>/plugins/public-api/tests/(params|status)\\.test\\.ts$',
  '<rootDir>/plugins/talent-bank/tests/(defaults|scoring|transitions|visibilityRules)\\.test\\.ts$',
]

export default { ...base, testPathIgnorePatterns: [...base.testPathIgnorePatterns, ...DATABASE_FREE] }
