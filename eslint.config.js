import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The layers of DESIGN.md point one way: ui → canvas → view → sources → formats → graph, each importing
// only what its row of DESIGN.md's table allows. These zones forbid the rest, `import-x/no-cycle` forbids
// cycles, and the package bans keep React, Zustand and Cytoscape in their layers.
const layer = (name) => `./src/${name}`;
const layerZones = [
  {
    target: layer('graph'),
    from: ['formats', 'sources', 'view', 'canvas', 'ui'].map(layer),
    message: 'graph/ is the model: it imports no other layer.',
  },
  {
    target: layer('formats'),
    from: ['sources', 'view', 'canvas', 'ui'].map(layer),
    message: 'formats/ may import graph/ only.',
  },
  {
    target: layer('sources'),
    from: ['view', 'canvas', 'ui'].map(layer),
    message: 'sources/ may import graph/ and formats/ only.',
  },
  {
    target: layer('view'),
    from: ['formats', 'canvas', 'ui'].map(layer),
    message: 'view/ may import graph/ and sources/ only.',
  },
  {
    target: layer('canvas'),
    from: ['formats', 'sources', 'ui'].map(layer),
    message: 'canvas/ may import graph/ and view/ only.',
  },
];

const banned = (names, why) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: names, message: why }] }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'graph-data/**', 'src/graph/generated/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'import-x/no-duplicates': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      // A switch over a union names every member, and a `default` never stands in for one: a new action
      // or layout must be handled where it is switched on, not fall silently into a catch-all.
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        {
          considerDefaultExhaustiveForUnions: false,
          allowDefaultCaseForExhaustiveSwitch: false,
          requireDefaultForNonUnion: false,
        },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'File-derived text is rendered as text.',
        },
      ],
    },
  },
  {
    files: ['src/graph/**'],
    rules: banned(
      ['react', 'react-*', 'zustand', 'zustand/*', 'cytoscape', 'cytoscape-*'],
      'graph/ is pure model code.',
    ),
  },
  {
    files: ['src/formats/**', 'src/sources/**'],
    rules: banned(
      ['react', 'react-*', 'zustand', 'zustand/*', 'cytoscape', 'cytoscape-*'],
      'formats/ and sources/ know nothing of the UI, the store or the canvas.',
    ),
  },
  {
    files: ['src/view/**'],
    rules: banned(
      ['react', 'react-*', 'cytoscape', 'cytoscape-*', 'zustand/react', 'zustand/traditional'],
      'view/ is React-free: use zustand/vanilla.',
    ),
  },
  { files: ['src/canvas/**'], rules: banned(['react', 'react-*'], 'canvas/ is React-free.') },
  // Files of about 30–200 lines, one concept each (DESIGN.md). Tests are exempt: one file per unit under
  // test reads better than a suite split by length.
  {
    files: ['src/**', 'scripts/**', 'bench/**'],
    rules: { 'max-lines': ['error', { max: 200, skipBlankLines: true, skipComments: true }] },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
