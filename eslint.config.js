// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import { generate } from './packages/react/scripts/generate.mjs';

// The React components are generated from the elements' manifest (not committed); lint reads them.
generate();

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/cdn/**',
      'packages/react/src/generated/**',
      'scripts/consumer/apps/**',
      'test/bench/dist/**',
      '**/custom-elements.json',
      'demo/vite.config.ts',
      // pnpm mutate's sandbox, bundles and reports
      '.stryker-tmp/**',
      'packages/mock-api/.mutate/**',
      'reports/**',
    ],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['packages/elements/**/*.ts', 'demo/**/*.ts', 'test/browser/**/*.ts'],
    extends: [
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      litA11y.configs.recommended,
    ],
  },
  {
    // Tests, and the conformance suite's rule tests (shipped as its source).
    files: ['**/test/**/*.ts', 'test/**/*.ts', 'packages/conformance/src/rules.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'it', property: 'only', message: 'Remove .only before committing.' },
        { object: 'describe', property: 'only', message: 'Remove .only before committing.' },
        { object: 'test', property: 'only', message: 'Remove .only before committing.' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      // Tests probe values the types promise, on purpose.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    // Type tests use the standard generic type-equality trick.
    files: ['test/types/**/*.ts'],
    rules: { '@typescript-eslint/no-unnecessary-type-parameters': 'off' },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
