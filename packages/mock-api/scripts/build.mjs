// `pnpm build` for @invitekit/mock-api:
//   dist/**.js, .d.ts, .map   one ES module per source file (tsc), `dist/serve.js` the CLI
//                             (`npx @invitekit/mock-api --port 4010`)
//   cdn/mock-api.js           the browser mock as one ES module (msw inside) for pages without a
//                             bundler: `import { startMockApi } from '…/cdn/mock-api.js'`
//   cdn/mockServiceWorker.js  MSW's service worker, of the same msw version, to serve at the
//                             page's root (a service worker controls only pages under its folder)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import esbuild, { minify } from 'rollup-plugin-esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const tsconfig = join(root, 'tsconfig.build.json');

// `node scripts/build.mjs cdn` makes only cdn/ (from the sources; nothing needs building first).
if (process.argv[2] !== 'cdn') {
  rmSync(join(root, 'dist'), { recursive: true, force: true });
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', tsconfig], {
    cwd: root,
    stdio: 'inherit',
  });
}

const cdn = join(root, 'cdn');
rmSync(cdn, { recursive: true, force: true });
mkdirSync(cdn, { recursive: true });
const bundle = await rollup({
  input: join(root, 'src', 'browser.ts'),
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['source'] }),
    esbuild({ tsconfig, target: 'es2022' }),
    minify({ target: 'es2022', legalComments: 'eof' }),
  ],
  onwarn(warning) {
    const ids = [warning.id, ...(warning.ids ?? [])].filter(Boolean);
    if (ids.length && ids.every((id) => id.includes('/node_modules/'))) return;
    throw new Error(`rollup: ${warning.message}`);
  },
});
await bundle.write({
  dir: cdn,
  format: 'es',
  entryFileNames: 'mock-api.js',
  chunkFileNames: 'chunks/[name]-[hash].js',
  sourcemap: true,
});
await bundle.close();
copyFileSync(require.resolve('msw/mockServiceWorker.js'), join(cdn, 'mockServiceWorker.js'));
