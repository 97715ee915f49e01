/**
 * The admin app's pure modules (outbox, plan warnings, board layout, figures): plain Node, no DOM; what needs a
 * browser is tested in test/browser.
 * @type {import('jest').Config}
 */
module.exports = {
  displayName: 'admin',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  moduleNameMapper: {
    '^@empact/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '^@empact/i18n$': '<rootDir>/../../libs/i18n/src/index.ts',
  },
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
};
