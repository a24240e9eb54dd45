import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { readManifest } from '../packages/elements/scripts/manifest.mjs';
import { elementDocs } from './src/element-docs.js';

// MSW's service worker, served at / in dev and copied into the build.
const require = createRequire(import.meta.url);
const worker = readFileSync(require.resolve('msw/mockServiceWorker.js'), 'utf8');
const mswWorker = (): Plugin => ({
  name: 'msw-worker',
  configureServer(server) {
    server.middlewares.use('/mockServiceWorker.js', (_req, res) => {
      res.setHeader('content-type', 'text/javascript');
      res.end(worker);
    });
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'mockServiceWorker.js', source: worker });
  },
});

// The docs pages' data, from the elements' manifest (made again first when the sources changed).
const DOCS = 'virtual:invitekit-elements';
const manifestDocs = (): Plugin => ({
  name: 'invitekit-elements-docs',
  resolveId: (id) => (id === DOCS ? `\0${DOCS}` : undefined),
  load: (id) =>
    id === `\0${DOCS}`
      ? `export default ${JSON.stringify(elementDocs(readManifest()))};`
      : undefined,
});

export default defineConfig({
  // Relative URLs: the built site works from any folder of any static file server.
  base: './',
  plugins: [mswWorker(), manifestDocs()],
  resolve: { conditions: ['source'] },
  esbuild: { target: 'es2022' },
  // <batch-uploader>'s reading worker is a module worker that loads its .xlsx reader on demand.
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
});
