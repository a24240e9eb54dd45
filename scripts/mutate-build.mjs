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

// The tests that drive the rules; the API-edge tests (api, hostile, limits) add little but time.
const files = ['rules', 'rules-edges', 'isolation', 'atomic'];
await build({
  entryPoints: files.map((name) => `packages/mock-api/test/${name}.test.ts`),
  outdir: 'packages/mock-api/.mutate',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  conditions: ['source'],
  external: ['msw', 'msw/*'],
  nodePaths: ['mock-api', 'sdk'].map((name) => `${project}/packages/${name}/node_modules`),
  logLevel: 'error',
});
