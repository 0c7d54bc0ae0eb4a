/**
 * The suite's dependency rules (npm run lint): a plugin installs into any Payload app, so it
 * imports only its own files, npm packages and the exported entries of the packages it declares;
 * never the app (src/, collections/, seed/), the tests, or another plugin's private files.
 */
const ENTRIES = '^plugins/[^/]+/(index\\.ts|exports/[^/]+\\.ts)$|^plugins/core/(express|shared)/index\\.ts$'

module.exports = {
  forbidden: [
    {
      comment: 'A plugin never imports the app it is installed in.',
      from: { path: '^plugins/' },
      name: 'plugin-not-into-app',
      severity: 'error',
      to: { path: '^(src|collections|seed|scripts|bench)/' },
    },
    {
      comment: "A plugin's code never imports tests; its tests may use the shared test helpers only.",
      from: { path: '^plugins/[^/]+/', pathNot: '^plugins/[^/]+/tests/' },
      name: 'plugin-code-not-into-tests',
      severity: 'error',
      to: { path: '^tests/' },
    },
    {
      comment: "A plugin's tests use tests/support, not the app's tests.",
      from: { path: '^plugins/[^/]+/tests/' },
      name: 'plugin-tests-only-into-support',
      severity: 'error',
      to: { path: '^tests/', pathNot: '^tests/support/' },
    },
    {
      comment: "Plugins talk through each other's exported entries (package.json exports), never private files.",
      from: { path: '^plugins/([^/]+)/' },
      name: 'plugin-only-through-exports',
      severity: 'error',
      to: { path: '^plugins/', pathNot: ['^plugins/$1/', ENTRIES] },
    },
    {
      comment: 'The core is what every plugin builds on; it depends on none of them.',
      from: { path: '^plugins/core/' },
      name: 'core-depends-on-no-plugin',
      severity: 'error',
      to: { path: '^plugins/', pathNot: '^plugins/core/' },
    },
    {
      comment: 'The app uses a plugin through its package entries too (a deep import breaks when it is installed from npm).',
      from: { path: '^(src|collections|seed)/' },
      name: 'app-only-through-exports',
      severity: 'error',
      to: { path: '^plugins/', pathNot: ENTRIES },
    },
    {
      comment: 'Everything imported must resolve (a deep import of a package path it does not export fails here).',
      from: {},
      name: 'resolvable',
      severity: 'error',
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    enhancedResolveOptions: {
      conditionNames: ['import', 'types', 'default'],
      exportsFields: ['exports'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    exclude: { path: '(^|/)(node_modules|dist|\\.next)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
}
