import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noSqlInRoutes = { group: ['drizzle-orm', 'drizzle-orm/*', '#app/db/client.server'], message: 'Routes call feature operations; no SQL in routes.' };
// A feature's server/ holds operations and readers (verb-first files: its public API) and
// *-records.server.ts files (internals shared by its own operations). Others use the former only.
const noOtherRecords = {
  group: ['#app/features/*/server/*-records.server', '#app/features/*/server/*-records.server.ts', '../../*/server/*'],
  message: "Another feature's server internals: import its operation or reader (a verb-first file), or move the shared piece to app/.",
};

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', '.react-router/**', 'data/**', 'test-results/**', 'app/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [noSqlInRoutes, noOtherRecords] }],
    },
  },
  {
    files: ['app/**/*.tsx', 'app/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    files: ['app/features/**', 'app/db/**', 'app/auth/**', 'app/**/*.server.ts', 'app/**/*.test.ts', 'app/**/*.test.tsx'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noOtherRecords] }] },
  },
  {
    files: ['app/realtime/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['#app/features/*', '../features/*'], message: 'Realtime is infrastructure: features use it, it does not use a feature.' }] },
      ],
    },
  },
  {
    files: ['server/**', 'tests/**', 'scripts/**', 'drizzle.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The minutes page's service worker: a plain script in its own global scope.
    files: ['public/**/*.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },
);
