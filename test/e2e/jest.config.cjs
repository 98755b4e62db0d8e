module.exports = {
  ...require('../../jest.preset.cjs')(__dirname),
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  // Every response from a documented path is checked against openapi/openapi.json.
  setupFilesAfterEnv: ['<rootDir>/src/conformance/conformance-setup.ts'],
};
