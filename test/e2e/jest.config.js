/** @type {import('jest').Config} */
module.exports = {
  displayName: 'e2e',
  rootDir: '../..',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
  moduleNameMapper: {
    '^@empact/domain$': '<rootDir>/libs/domain/src/index.ts',
    '^@empact/domain/personal-data-lexicon$': '<rootDir>/libs/domain/src/personal-data-lexicon.ts',
    '^@empact/i18n$': '<rootDir>/libs/i18n/src/index.ts',
    '^@empact/migrations$': '<rootDir>/migrations/index.ts',
  },
  transform: { '^.+\\.ts$': ['@swc/jest', require('../../apps/api/swc.config.js')] },
};
