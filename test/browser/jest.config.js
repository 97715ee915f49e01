/** Browser journeys: started by test/browser/run.mjs, which provides BASE_URL and DEMO_PASSWORD. */
/** @type {import('jest').Config} */
module.exports = {
  displayName: 'browser',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['**/*.browser-spec.ts'],
  moduleNameMapper: { '^@empact/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  testTimeout: 60_000,
  // One server, one browser at a time: journeys stay independent and timings stay predictable on small machines.
  maxWorkers: 1,
};
