// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports that would break the layering of design.md, per folder. */
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and the renderer run without Node: no node: modules.' };
const electronOnlyInShell = {
  name: 'electron',
  message: 'Only src-main/app and src-main/preload may import electron.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'schemas/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The solution file lists no sources, so name the per-folder projects: their
      // strict options (noUncheckedIndexedAccess) must be the ones lint reasons with.
      parserOptions: { project: ['./tsconfig.node.json', './tsconfig.web.json'], tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      eqeqeq: 'error',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    // host/ is what the desktop app and web mode share: it uses the engine, never a shell.
    files: ['src-main/host/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            { group: ['**/app/*', '**/web/*', '**/cli/*', '**/preload/*'], message: 'host/ serves both shells.' },
          ],
        },
      ],
    },
  },
  {
    // The two shells start the one host (host/start-host.ts) and reach the engine only through it.
    files: ['src-main/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/engine/*', '**/cli/*'], message: 'A shell goes through src-main/host.' },
            { group: ['**/web/*'], message: 'The Electron shell and web mode share only src-main/host.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/web/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            { group: ['**/engine/*', '**/cli/*'], message: 'A shell goes through src-main/host.' },
            { group: ['**/app/*'], message: 'The Electron shell and web mode share only src-main/host.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/engine/**/*.ts', 'src-main/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, { name: 'react', message: 'The engine is UI-free.' }],
          patterns: [
            {
              group: ['**/app/*', '**/preload/*', '**/host/*', '**/web/*'],
              message: 'The engine and the CLI never reach into the shells or their host.',
            },
          ],
        },
      ],
    },
  },
  {
    // A terminal obeys the control characters it is sent: the CLI prints through cli/terminal.ts only.
    files: ['src-main/cli/**/*.ts'],
    ignores: ['src-main/cli/terminal.ts', 'src-main/cli/progress.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='write']",
          message: 'Print with print() or printLine() from cli/terminal.ts: they make control characters visible.',
        },
        {
          selector: "MemberExpression[object.name='console']",
          message: 'Print with print() or printLine() from cli/terminal.ts: they make control characters visible.',
        },
      ],
    },
  },
  {
    files: ['src-main/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/engine/*', '**/app/*', '**/cli/*', '**/host/*', '**/web/*'],
              message: 'shared/ depends on nothing else.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    ...jsxA11y.flatConfigs.strict,
    plugins: { ...jsxA11y.flatConfigs.strict.plugins, 'react-hooks': reactHooks },
    languageOptions: { ...jsxA11y.flatConfigs.strict.languageOptions, globals: { ...globals.browser } },
    rules: {
      ...jsxA11y.flatConfigs.strict.rules,
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/src-main/*', '!**/src-main/shared'],
              message: 'The renderer may import only src-main/shared.',
            },
          ],
        },
      ],
    },
  },
);
