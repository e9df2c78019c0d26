// Flat ESLint config: typed rules for the whole TypeScript tree, so a forgotten `await` fails `npm test`,
// and the architecture's boundaries: no import cycles, the client reaches the server only through
// contract/, the contract depends on nothing but zod, services never reach into routes.
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TSCONFIGS = ['contract', 'server', 'client', 'tests', 'bench', '.'].map(
  (folder) => `${folder}/tsconfig.json`,
);

/** `no-restricted-imports` patterns: a message that says what the boundary is, for each forbidden path. */
const forbid = (message, ...groups) => ({ patterns: groups.map((group) => ({ group: [group], message })) });

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.neo4j/', 'tests/artifacts/', '.venv-schemathesis/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'] },
      // One tsconfig per part is the point (DOM types stay out of the server, Node's out of the client).
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: TSCONFIGS, noWarnOnMultipleProjects: true }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['client/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid(
          'The client reaches the server only through contract/.',
          '**/server/**',
          'express',
          'neo4j-driver',
        ),
      ],
    },
  },
  {
    files: ['contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid(
          'The contract is shared by the server and the browser: it imports zod and itself, nothing else.',
          '**/server/**',
          '**/client/**',
          'node:*',
          'express',
          'neo4j-driver',
          'pino',
        ),
      ],
    },
  },
  {
    files: ['server/services/**', 'server/db/**', 'server/import/**', 'server/layout/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        forbid('Routes call services, never the other way round.', '**/routes/**'),
      ],
    },
  },
  { files: ['**/*.js'], ...tseslint.configs.disableTypeChecked },
);
