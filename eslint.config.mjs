// ESLint for the whole workspace (`pnpm lint`). Formatting is Prettier's job (`pnpm format:check`), so no style rules.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// web/ follows bulletproof-react's layers: app → features → shared (components, config, lib). Shared code does not
// import features or the app; a feature imports neither another feature nor the app. Test support (src/testing) may
// wrap in the app's provider, as bulletproof-react's test utilities do, but stays independent of any feature.
const features = readdirSync(new URL('./web/src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const webZones = [
  ...features.map((feature) => ({
    target: `./web/src/features/${feature}`,
    from: './web/src/features',
    except: [`./${feature}`],
    message: 'Một tính năng không dùng tính năng khác (a feature does not import another one): compose them in app/.',
  })),
  {
    target: './web/src/features',
    from: './web/src/app',
    message: 'Tính năng không dùng app/ (features do not import the app layer).',
  },
  {
    target: ['./web/src/components', './web/src/config', './web/src/lib', './web/src/testing'],
    from: ['./web/src/features'],
    message:
      'Mã dùng chung không dùng features/ (shared code does not import features): move the code down or pass it in.',
  },
  {
    target: ['./web/src/components', './web/src/config', './web/src/lib'],
    from: ['./web/src/app'],
    message: 'Mã dùng chung không dùng app/ (shared code does not import the app layer).',
  },
];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      'web/dist-server/',
      '**/build/',
      '**/.strapi/',
      '**/.cache/',
      '**/.tmp/',
      '**/coverage/',
      'cms/types/generated/',
      'cms/public/',
      'web/public/',
    ],
  },
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      // Sanitisers here match control characters on purpose (URL schemes, XML 1.0, HTML): that is what the rule flags.
      'no-control-regex': 'off',
      // `_name` marks a parameter or binding kept for its position or to drop a property from a rest object.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  // Node: the CMS, the root scripts, the site server, the browser tests' driver and every config file.
  {
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,tsx}'],
    languageOptions: { globals: { ...globals.node } },
  },
  // Browser code: the site and the CMS admin customisation.
  {
    files: ['web/src/**/*.{ts,tsx}', 'cms/src/admin/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones: webZones }] },
  },
);
