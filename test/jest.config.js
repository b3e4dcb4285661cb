/**
 * Black-box tests: they start the built server as a separate process and talk to
 * it over HTTP, socket.io and a real browser, like users do.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  testRegex: '\\.(e2e|browser)-spec\\.ts$',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 120000,
  // A handle a failed hook leaked (a Redis client reconnecting for ever) must not keep the run alive
  // after the report is written: CI would wait hours for a process that has nothing left to do.
  forceExit: true,
};
