// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports that would break the layering of design.md, per folder. */
const nodeBuiltins = {
  group: ['node:*'],
  message: 'shared/, core/ and the renderer run without Node: no node: modules.',
};
const electronOnlyInShell = {
  name: 'electron',
  message: 'Only src-main/app and src-main/preload may import electron.',
};

/**
 * The layers, lowest first: each may import only the layers it names (and packages).
 * An import that runs up a layer, or past a layer's public entry, fails lint. To add
 * a layer, name it here and in `reaches`.
 */
const LAYERS = ['shared', 'core', 'engine', 'cli', 'host', 'web', 'app', 'preload'];
/** Per folder: the layers below it that it reaches; `engine/index.ts` is the engine's public entry alone. */
const reaches = {
  'src-main/shared': [],
  'src-main/core': ['shared'],
  'src-main/engine': ['shared', 'core'],
  'src-main/cli': ['shared', 'core', 'engine/index.ts'],
  // What the desktop app and web mode share: the engine through its public entry, never a shell.
  'src-main/host': ['shared', 'core', 'engine/index.ts'],
  // The two shells start the one host and reach the engine only through it; neither reaches the other.
  'src-main/app': ['shared', 'core', 'host'],
  'src-main/web': ['shared', 'core', 'host'],
  'src-main/preload': ['shared'],
  'src-renderer': ['shared', 'core'],
};

/** The no-restricted-imports patterns that keep `folder` to the layers it reaches. */
function layerPatterns(folder) {
  const allowed = reaches[folder];
  const message = `${folder} may import only ${allowed.length === 0 ? 'packages' : allowed.join(', ')} (design.md, layers).`;
  // The renderer lives outside src-main (its own app/ is no layer): all of src-main but the layers it reaches.
  if (folder === 'src-renderer') {
    return [{ group: ['**/src-main/*', ...allowed.map((layer) => `!**/src-main/${layer}`)], message }];
  }
  const own = folder.replace(/^src-main\//, '');
  const blocked = LAYERS.filter((layer) => layer !== own && !allowed.includes(layer));
  const entries = allowed.filter((layer) => layer.includes('/'));
  return [{ group: [...blocked.map((layer) => `**/${layer}/*`), ...entries.map((entry) => `!**/${entry}`)], message }];
}

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
  ...['src-main/engine', 'src-main/cli', 'src-main/host', 'src-main/web'].map((folder) => ({
    files: [`${folder}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            electronOnlyInShell,
            { name: 'react', message: 'Only the renderer draws: the main side is UI-free.' },
          ],
          patterns: layerPatterns(folder),
        },
      ],
    },
  })),
  ...['src-main/app', 'src-main/preload'].map((folder) => ({
    files: [`${folder}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: layerPatterns(folder) }] },
  })),
  {
    files: ['src-main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronOnlyInShell, { name: 'react', message: 'core/ is plain TypeScript every view imports.' }],
          patterns: [nodeBuiltins, ...layerPatterns('src-main/core')],
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
          patterns: [nodeBuiltins, ...layerPatterns('src-main/shared')],
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
          patterns: [nodeBuiltins, ...layerPatterns('src-renderer')],
        },
      ],
    },
  },
);
