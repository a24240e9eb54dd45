import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
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

// The drop-in page (public/drop-in.html) uses only the one-file builds, served under cdn/: the
// elements' (cdn/invitekit.js and one per element) and the mock API's (cdn/mock-api.js). They are
// made afresh from the sources for each build, and on the first request in dev.
const packages = fileURLToPath(new URL('../packages/', import.meta.url));
const cdnDirs = [join(packages, 'elements/cdn'), join(packages, 'mock-api/cdn')];
let cdnBuilt: Promise<unknown> | undefined;
const buildCdn = () =>
  (cdnBuilt ??= Promise.all([
    promisify(execFile)(process.execPath, ['scripts/build.mjs', 'cdn'], {
      cwd: join(packages, 'elements'),
    }),
    promisify(execFile)(process.execPath, ['scripts/build.mjs', 'cdn'], {
      cwd: join(packages, 'mock-api'),
    }),
  ]));
/** Every file of the one-file builds, by its path under cdn/ (MSW's worker is the site's own). */
function cdnFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const dir of cdnDirs)
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
      if (entry.isFile() && entry.name !== 'mockServiceWorker.js') {
        const path = join(entry.parentPath, entry.name);
        files.set(relative(dir, path), path);
      }
  return files;
}
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.map': 'application/json' };
const oneFileBuilds = (): Plugin => ({
  name: 'invitekit-one-file-builds',
  async buildStart() {
    if (this.meta.watchMode) return;
    await buildCdn();
  },
  configureServer(server) {
    server.middlewares.use('/cdn/', (req, res, next) => {
      const name = normalize(decodeURIComponent((req.url ?? '').split('?')[0] ?? '')).replace(
        /^\/+/,
        '',
      );
      void (cdnDirs.every((dir) => existsSync(dir)) ? Promise.resolve() : buildCdn()).then(() => {
        const file = cdnFiles().get(name);
        if (!file) return next();
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        res.end(readFileSync(file));
      }, next);
    });
  },
  generateBundle() {
    for (const [name, path] of cdnFiles())
      this.emitFile({ type: 'asset', fileName: `cdn/${name}`, source: readFileSync(path) });
  },
});

export default defineConfig({
  // Relative URLs: the built site works from any folder of any static file server.
  base: './',
  plugins: [mswWorker(), manifestDocs(), oneFileBuilds()],
  resolve: { conditions: ['source'] },
  esbuild: { target: 'es2022' },
  // <batch-uploader>'s reading worker is a module worker that loads its .xlsx reader on demand.
  worker: { format: 'es' },
  server: { port: 5173, host: '127.0.0.1' },
});
