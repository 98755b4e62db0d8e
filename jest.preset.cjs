// Shared jest settings: swc compiles TypeScript (and the ESM-only @nestjs and
// @nats-io packages) to CommonJS, and the workspace libs resolve to their sources
// so that tests never depend on a stale build.
const path = require('node:path');

const root = __dirname;

/** @param {string} packageDir */
module.exports = function jestPreset(packageDir) {
  return {
    rootDir: packageDir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
    transform: {
      '^.+\\.(t|j)sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', decorators: true },
            transform: { legacyDecorator: true, decoratorMetadata: true },
            target: 'es2022',
            keepClassNames: true,
          },
          module: { type: 'commonjs' },
          sourceMaps: 'inline',
        },
      ],
    },
    transformIgnorePatterns: [
      '/node_modules/(?!(@nestjs|@nats-io|cookie|file-type|jose|content-disposition)/)',
    ],
    moduleNameMapper: {
      '^@tally/contracts$': path.join(root, 'libs/contracts/src/index.ts'),
      '^@tally/nest-kit$': path.join(root, 'libs/nest-kit/src/index.ts'),
      '^@tally/testing$': path.join(root, 'libs/testing/src/index.ts'),
      '^@tally/tiktok$': path.join(root, 'libs/tiktok/src/index.ts'),
      '^@tally/instagram$': path.join(root, 'libs/instagram/src/index.ts'),
      '^@tally/youtube$': path.join(root, 'libs/youtube/src/index.ts'),
      '^@tally/platform-kit$': path.join(root, 'libs/platform-kit/src/index.ts'),
      '^@tally/creators-data$': path.join(root, 'libs/creators-data/src/index.ts'),
      '^(\\.{1,2}/.*)\\.js$': '$1',
    },
    setupFiles: [path.join(root, 'scripts/jest/setup-env.cjs')],
    reporters: ['default', [path.join(root, 'scripts/jest/summary-reporter.cjs'), { packageDir }]],
    testTimeout: 30000,
  };
};
