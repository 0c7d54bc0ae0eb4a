import os from 'node:os'

/** @type {import('jest').Config} */
export default {
  // Suites wait on database files and sockets as much as on the CPU, so two workers even on two
  // cores, where jest's default is one.
  maxWorkers: Math.max(2, os.availableParallelism() - 1),
  testEnvironment: 'node',
  // Same module resolution as the server (see NODE_FLAGS in scripts/bundle.mjs).
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons', 'production'] },
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'es6' },
      },
    ],
  },
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '\\.(css|scss)$': '<rootDir>/tests/support/styleStub.js',
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts', '<rootDir>/plugins/**/*.test.ts', '<rootDir>/src/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/.next/', '<rootDir>/tests/browser/'],
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
  setupFiles: ['<rootDir>/tests/support/env.js'],
  testTimeout: 60_000,
}
