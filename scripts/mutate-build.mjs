// Stryker's build step (`pnpm mutate`, in its sandbox): bundles each Node test file of the mock
// API with the instrumented sources into one plain .mjs, so every test process starts without
// compiling TypeScript. msw stays external (its Node interceptors are loaded as they ship).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';

// The sandbox (inside .stryker-tmp) has no node_modules of its own: the packages' dependencies
// (zod, ky) are found in the project it was copied from, the nearest folder up that has them.
let project = resolve('.');
while (!existsSync(`${project}/packages/mock-api/node_modules`) && dirname(project) !== project)
  project = dirname(project);

// The tests that drive the rules (the API-edge tests, api and limits, add little but time; the
// standalone server's, serve and fuzz, start a process of their own).
const files = [
  'rules-edges',
  'isolation',
  'atomic',
  'signups',
  'pipeline',
  'member-check',
  'time',
  'paging',
  'hostile',
];
await build({
  entryPoints: {
    ...Object.fromEntries(
      files.map((name) => [`${name}.test`, `packages/mock-api/test/${name}.test.ts`]),
    ),
    // The rule tests of the conformance suite, run in-process.
    'rules.test': 'packages/conformance/test/in-process.test.ts',
  },
  outdir: 'packages/mock-api/.mutate',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  external: ['msw', 'msw/*'],
  // The conformance suite imports the mock as a package: the sandbox's instrumented sources, not
  // the workspace's (where the package link points).
  alias: {
    '@invitekit/mock-api/node': './packages/mock-api/src/node.ts',
    '@invitekit/mock-api': './packages/mock-api/src/index.ts',
  },
  nodePaths: ['mock-api', 'sdk', 'conformance'].map(
    (name) => `${project}/packages/${name}/node_modules`,
  ),
  logLevel: 'error',
});
