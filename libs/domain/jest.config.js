/** @type {import('jest').Config} */
module.exports = {
  displayName: 'domain',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@empact/domain$': '<rootDir>/../domain/src/index.ts',
    '^@empact/domain/personal-data-lexicon$': '<rootDir>/../domain/src/personal-data-lexicon.ts',
  },
  // Every spec sees the detector as the API runs it: with the name lists and the detectors that need them registered.
  setupFiles: ['<rootDir>/src/personal-data-lexicon.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
};
