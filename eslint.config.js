// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Dependencies point one way: view → state → engine → format; analysers, the report and the
// catalogue sit beside the engine. Each layer lists what it must not import.
const NOT_ABOVE = {
  format: ['engine', 'analysis', 'state', 'view', 'audio', 'server', 'cli', 'report', 'i18n'],
  engine: ['analysis', 'state', 'view', 'audio', 'server', 'cli', 'report', 'i18n'],
  // The engine never runs an analyser: hosts annotate statements and send the annotation.
  analysis: ['state', 'view', 'audio', 'server', 'cli', 'report', 'i18n'],
  // Words are made at the edge: the catalogue may read engine types, the engine never reads words.
  i18n: ['analysis', 'state', 'view', 'audio', 'server', 'cli', 'report'],
  report: ['state', 'view', 'audio', 'server', 'cli'],
  // Conversions to and from other tools' formats (MSEL spreadsheets, scenario maps): pure, like the report.
  interop: ['state', 'view', 'audio', 'server', 'cli', 'report'],
  state: ['view', 'audio', 'server', 'cli'],
  view: ['server', 'cli'],
  audio: ['state', 'view', 'server', 'cli'],
  server: ['view', 'audio', 'cli'],
  // The wire protocol and the browser's team client: shared by the server and the game.
  net: ['state', 'view', 'audio', 'server', 'cli', 'report'],
  cli: ['state', 'view', 'audio', 'server'],
};

// Code that must run unchanged in the browser, on the session server and in the CLI.
const PURE = ['format', 'engine', 'analysis', 'i18n', 'report', 'interop'];

// The engine and the format have one entry each; other layers never reach past it, so their
// internals can move without breaking the UI, the server or the CLI.
const ENTRY_ONLY = [
  { group: ['**/engine/*', '!**/engine/index.ts', '**/engine/*/**'], message: 'Import the engine through src/engine/index.ts only.' },
  { group: ['**/format/*', '!**/format/index.ts', '**/format/*/**'], message: 'Import the scenario format through src/format/index.ts only.' },
];

const layerRule = (layer) => {
  const entries = ENTRY_ONLY.filter((p) => !p.group[0].startsWith(`**/${layer}/`));
  const patterns = [
    {
      group: NOT_ABOVE[layer].map((dir) => `**/${dir}/**`),
      message: `${layer}/ must not depend on layers above it (view → state → engine → format).`,
    },
    ...entries,
  ];
  if (PURE.includes(layer)) {
    patterns.push(
      { group: ['phaser', 'phaser/*', 'howler', 'zustand', 'zustand/*', '@colyseus/*', 'better-sqlite3'], message: 'The engine and format layers stay free of view, audio, store and server code.' },
      { group: ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process'], message: 'The engine and format layers run in the browser too: no Node built-ins.' },
    );
  }
  return { files: [`src/${layer}/**/*.ts`], rules: { 'no-restricted-imports': ['error', { patterns }] } };
};

export default defineConfig(
  globalIgnores(['node_modules/', 'dist/', 'coverage/', 'scenarios/schema/']),
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
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
    },
  },
  ...Object.keys(NOT_ABOVE).map(layerRule),
  // `crisis serve` (the CLI contract's serve command) starts the session server: the CLI's entry
  // point, and only it, may import src/server.
  {
    files: ['src/cli/main.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/state/**', '**/view/**', '**/audio/**'], message: 'cli/ must not depend on the game layers.' }] }],
    },
  },
  {
    files: PURE.map((layer) => `src/${layer}/**/*.ts`),
    rules: {
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
