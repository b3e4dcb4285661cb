/**
 * Nest 12 ships ES modules only, so jest runs in its native ESM mode
 * (node --experimental-vm-modules, see the test script).
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/src'],
  testRegex: '\\.(spec|integration-spec)\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    '^@thidua/shared$': '<rootDir>/../shared/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.spec.json' }] },
  globalSetup: '<rootDir>/src/test-support/global-setup.mjs',
  globalTeardown: '<rootDir>/src/test-support/global-teardown.mjs',
  testTimeout: 60000,
  // A handle a failed hook leaked (a Redis client reconnecting for ever) must not keep the run alive
  // after the report is written: CI would wait hours for a process that has nothing left to do.
  forceExit: true,
};
