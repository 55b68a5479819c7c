// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

// Code that must run unchanged in the browser, on the session server and in the CLI.
const pureLayers = ['src/engine/**/*.ts', 'src/format/**/*.ts', 'src/report/**/*.ts'];

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'coverage/', 'scenarios/schema/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Style only: `list.forEach((x) => push(x))` reads fine and the rule adds braces for nothing.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            // One direction: view → state → engine; format and engine know nothing above them.
            { target: './src/engine', from: ['./src/state', './src/view', './src/audio', './src/server', './src/cli', './src/report'] },
            { target: './src/format', from: ['./src/engine', './src/state', './src/view', './src/audio', './src/server', './src/cli', './src/report'] },
            { target: './src/report', from: ['./src/state', './src/view', './src/audio', './src/server', './src/cli'] },
            { target: './src/state', from: ['./src/view', './src/audio', './src/server', './src/cli'] },
          ],
        },
      ],
    },
  },
  {
    files: pureLayers,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['phaser', 'phaser/*', 'howler', 'zustand', 'zustand/*', '@colyseus/*', 'better-sqlite3'], message: 'The engine and format layers stay free of view, audio, store and server code.' },
            { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'The engine and format layers run in the browser too: no Node built-ins.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'Use the seeded RNG the engine is given.' },
        { object: 'Date', property: 'now', message: 'Scenario time is data: use the engine clock.' },
        { object: 'performance', property: 'now', message: 'Scenario time is data: use the engine clock.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Scenario time is data: never read the wall clock in the engine.' },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
