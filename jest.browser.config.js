import base from './jest.config.js'

/** The admin in a real browser (Debian chromium + playwright-core) against the built product. */
export default {
  ...base,
  maxWorkers: 1,
  testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.next/'],
  testTimeout: 180_000,
}
