/** Module boundaries of Liên Thông. See docs/ARCHITECTURE.md. */
module.exports = {
  forbidden: [
    {
      name: 'module-through-index',
      comment: 'A server module is imported by others only through its index.ts.',
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/', pathNot: '\\.(test|fixtures)\\.ts$' },
      to: {
        path: '^apps/server/src/modules/([^/]+)/',
        pathNot: ['^apps/server/src/modules/$1/', '^apps/server/src/modules/[^/]+/index\\.ts$'],
      },
    },
    {
      name: 'tests-through-index-or-fixtures',
      comment:
        "A module's tests reach other modules through their index.ts or their test fixtures (*.fixtures.ts).",
      severity: 'error',
      from: { path: '^apps/server/src/modules/([^/]+)/.*\\.(test|fixtures)\\.ts$' },
      to: {
        path: '^apps/server/src/modules/([^/]+)/',
        pathNot: [
          '^apps/server/src/modules/$1/',
          '^apps/server/src/modules/[^/]+/index\\.ts$',
          '^apps/server/src/modules/[^/]+/[^/]+\\.fixtures\\.ts$',
        ],
      },
    },
    {
      name: 'outside-into-module-internals',
      comment: 'Code outside a server module reaches it only through its index.ts.',
      severity: 'error',
      from: { path: '^apps/server/(src|test)/', pathNot: '^apps/server/src/modules/' },
      to: { path: '^apps/server/src/modules/[^/]+/', pathNot: '^apps/server/src/modules/[^/]+/index\\.ts$' },
    },
    {
      name: 'platform-not-modules',
      comment: 'The platform layer serves modules; it never depends on one.',
      severity: 'error',
      from: { path: '^apps/server/src/platform/' },
      to: { path: '^apps/server/src/modules/' },
    },
    {
      name: 'web-feature-through-index',
      comment: 'A web feature is imported by other features only through its index.ts(x).',
      severity: 'error',
      from: { path: '^apps/web/src/features/([^/]+)/' },
      to: {
        path: '^apps/web/src/features/([^/]+)/',
        pathNot: ['^apps/web/src/features/$1/', '^apps/web/src/features/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'packages-through-entry',
      comment: 'Shared packages are used through their package entry (@lienthong/vn, @lienthong/contracts).',
      severity: 'error',
      from: { pathNot: '^packages/([^/]+)/' },
      to: { path: '^packages/[^/]+/src/', pathNot: '^packages/[^/]+/src/index\\.ts$' },
    },
    {
      name: 'web-not-server',
      severity: 'error',
      from: { path: '^apps/web/' },
      to: { path: '^apps/server/' },
    },
    {
      name: 'packages-are-leaves',
      comment: 'packages/* never depend on the apps.',
      severity: 'error',
      from: { path: '^packages/' },
      to: { path: '^apps/' },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist', '\\.tmp'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    preserveSymlinks: false,
  },
};
