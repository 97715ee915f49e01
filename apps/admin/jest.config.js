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
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      // Dynamic imports stay imports: lib/locale-data.ts loads formatjs's ES modules (and their data) on demand.
      {
        jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
        module: { type: 'commonjs', ignoreDynamic: true },
      },
    ],
  },
};
