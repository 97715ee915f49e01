/** @type {import('jest').Config} */
module.exports = {
  ...require('../e2e/jest.config.js'),
  displayName: 'medium',
  testMatch: ['<rootDir>/test/medium/**/*.medium-spec.ts'],
};
