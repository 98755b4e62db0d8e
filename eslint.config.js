import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { boundariesPlugin } from './eslint/import-boundaries.js';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/coverage/**', '**/.turbo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
      'no-console': 'error',
    },
  },
  {
    // Apps never import another app's files, libs never import an app (tests included).
    files: ['apps/**/*.{ts,tsx,js,mjs,cjs}', 'libs/**/*.{ts,tsx,js,mjs,cjs}'],
    // Known: these harnesses run the TikTok sandbox app in-process. To be removed
    // once they start it as a process (or the sandbox moves to a lib).
    ignores: [
      'apps/creators/test/creators-harness.ts',
      'apps/sync-worker/test/support/platform-sandbox.ts',
    ],
    plugins: { tally: boundariesPlugin },
    rules: { 'tally/import-boundaries': 'error' },
  },
  {
    files: ['apps/dashboard/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'scripts/**/*.{js,mjs,cjs}'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
