import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'lib',
      'dist',
      'out',
      'coverage',
      'test/artifacts',
      'bench/data',
      '**/*.js',
      '**/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  prettier,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Port methods are async by contract even where an adapter answers synchronously.
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // The core runs alike under Node, Excel and the browser: it must not reach the host.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'exceljs',
                'fs',
                'node:*',
                'path',
                'react',
                'react-dom',
                '@fluentui/*',
                'fflate',
                'saxes',
              ],
              message: 'src/core is pure: no host, file system or UI imports.',
            },
            {
              group: [
                '**/xlsx/**',
                '**/excel/**',
                '**/cli/**',
                '**/taskpane/**',
                '**/web/**',
                '**/commands/**',
              ],
              message: 'src/core must not import adapters or front ends.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Excel', 'document', 'window', 'process'],
    },
  },
);
