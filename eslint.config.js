// Type-checked ESLint for every workspace; `npm run lint` fails on any warning.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

// Client layers: shared (components, lib) -> features -> app. A feature never imports another
// feature; what two features need goes down into components/ or lib/. Read from the folder, so
// a new feature is covered without editing this file.
const CLIENT_FEATURES = readdirSync(new URL('client/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const clientLayerZones = [
  ...CLIENT_FEATURES.map((feature) => ({
    target: `client/src/features/${feature}`,
    from: 'client/src/features',
    except: [`./${feature}`],
    message: 'Features do not import each other: move what both need into client/src/components or client/src/lib.',
  })),
  {
    target: 'client/src/features',
    from: 'client/src/app',
    message: 'The app shell imports features, never the other way round.',
  },
  {
    target: ['client/src/components', 'client/src/lib'],
    from: ['client/src/features', 'client/src/app'],
    message: 'Shared client code (components, lib) does not import features or the app.',
  },
];

// Cross-cutting server code sits below every feature module; server modules that others build on
// never import the modules built on them: auth -> users -> units. shared/ imports neither side.
const serverLayerZones = [
  {
    target: ['server/src/common', 'server/src/config', 'server/src/realtime'],
    from: 'server/src/modules',
    message: 'common/, config/ and realtime/ are below the feature modules: pass what they need in, do not import it.',
  },
  {
    target: 'shared/src',
    from: ['server', 'client'],
    message: 'shared/ is imported by server and client, never the other way round.',
  },
  {
    target: 'server/src/modules/units',
    from: ['server/src/modules/users', 'server/src/modules/auth'],
    message: 'Units sit below users and auth: let the upper module register with UnitsService instead.',
  },
  {
    target: 'server/src/modules/users',
    from: 'server/src/modules/auth',
    message: 'Users sit below auth: declare what users needs (see users/user-sessions.ts) and let auth provide it.',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'client/src/generated/**',
      '**/*.js',
      '**/*.mjs',
      // The root scripts are checked JS (scripts/tsconfig.json): linted with types like the rest.
      '!scripts/**/*.mjs',
      'test/artifacts/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x only reads .js/.mjs/.cjs when it follows an import, so no-cycle
      // never sees a TypeScript file and passes silently (the plugin's own `typescript` preset).
      'import-x/extensions': ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          noWarnOnMultipleProjects: true,
          project: ['shared/tsconfig.json', 'server/tsconfig.json', 'client/tsconfig.json', 'test/tsconfig.json'],
        }),
      ],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...clientLayerZones, ...serverLayerZones] },
      ],
      'no-console': 'error',
    },
  },
  {
    // tsc (checkJs) already reports unknown names, with Node's globals; typescript-eslint advises this off.
    files: ['scripts/**/*.mjs'],
    rules: { 'no-undef': 'off' },
  },
  {
    // Nest injects by the runtime class in constructor parameters, so those imports must stay values.
    files: ['server/src/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/unbound-method': 'off',
    },
  },
);
