/** @type {import('jest').Config} */
module.exports = {
  displayName: 'api',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@empact/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@empact/domain/personal-data-lexicon$': '<rootDir>/../../libs/domain/src/personal-data-lexicon.ts',
    '^@empact/i18n$': '<rootDir>/../../libs/i18n/src/index.ts',
    '^@empact/migrations$': '<rootDir>/../../migrations/index.ts',
  },
  transform: { '^.+\\.ts$': ['@swc/jest', require('./swc.config.js')] },
};
