import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import pluginRouter from '@tanstack/eslint-plugin-router'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'
import importX from 'eslint-plugin-import-x'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/**
 * The layers (docs/architecture.md). Each zone forbids its `target` to import anything in
 * `from`, whatever the import's form (`@/` alias or relative path): the resolver turns every
 * import into a file path before the zone is checked. tests/unit/lint/layers.test.ts plants
 * violations and expects this config to report them.
 */
const APP_LAYERS = ['./src/app', './src/routes', './src/route-tree.gen.ts']
const FEATURES = readdirSync('src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
/**
 * What one feature may import from another, listed here so that sharing is a decision:
 * - `corpus`: the app's data access (loading the corpus, its summary and the search index);
 * - `bookmarks/components/bookmark-toggle.tsx`: the bookmark action that pages put into a
 *   statement card's `actions` slot;
 * - `workspace`: the user's saved documents (the IndexedDB store, its panel and its .zip), which
 *   /add writes and the explorer reads.
 * Anything else two features need goes to src/components, src/hooks or src/domain.
 */
const SHARED_FEATURE_MODULES = [
  './corpus',
  './bookmarks/components/bookmark-toggle.tsx',
  './workspace',
]
const layerZones = [
  {
    target: './src/domain',
    from: ['./src/features', './src/components', './src/hooks', './scripts', ...APP_LAYERS],
    message: 'Domain code is pure: it imports only other domain code.',
  },
  {
    target: ['./src/components', './src/hooks'],
    from: ['./src/features', ...APP_LAYERS],
    message:
      'Shared UI and hooks are below the features: they import only domain code and each other.',
  },
  {
    target: './src/features',
    from: APP_LAYERS,
    message: 'Features never import routes or the app: routes compose features.',
  },
  {
    target: './scripts/corpus',
    from: ['./src/features', './src/components', './src/hooks', ...APP_LAYERS],
    message: 'The corpus builder uses domain code only.',
  },
  ...FEATURES.filter((name) => name !== 'corpus').map((name) => ({
    target: `./src/features/${name}`,
    from: './src/features',
    except: [`./${name}`, ...SHARED_FEATURE_MODULES.filter((m) => m !== `./${name}`)],
    message: 'Features import each other only through what is shared (eslint.config.js).',
  })),
  {
    target: './src/features/corpus',
    from: './src/features',
    except: ['./corpus'],
    message: 'The shared data access imports no feature.',
  },
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-subpath',
      'test-results',
      'node_modules',
      'src/generated',
      'src/route-tree.gen.ts',
      'bench/results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginRouter.configs['flat/recommended'],
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      // Read .ts/.tsx modules with the TypeScript parser when following imports (no-cycle).
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: 'tsconfig.json' })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // A cycle closed by a dynamic import() is allowed: that import is a code-splitting point
      // that runs after both modules have loaded (cached-load.ts fetches the corpus with
      // fetch-bytes.ts that way, which reuses its error message), so it cannot see one half-built.
      'import-x/no-cycle': [
        'error',
        { ignoreExternal: true, allowUnsafeDynamicCyclicDependency: true },
      ],
    },
  },
  {
    // Domain code is pure: no React, no DOM-framework or Node imports (the layers are above).
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['react', 'react-dom', '@tanstack/*', 'zustand*', 'node:*'],
        },
      ],
    },
  },
)
