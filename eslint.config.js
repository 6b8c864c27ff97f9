import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['build/**', 'node_modules/**', '.react-router/**', 'data/**', 'app/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['drizzle-orm', 'drizzle-orm/*', '#app/db/client.server'], message: 'Routes call feature operations; no SQL in routes.' }] },
      ],
    },
  },
  {
    files: ['app/features/**', 'app/db/**', 'app/auth/**', 'app/realtime/**', 'server/**', 'tests/**', 'scripts/**', 'app/**/*.server.ts', 'drizzle.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
