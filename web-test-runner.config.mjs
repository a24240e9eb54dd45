// Browser tests: real headless Chromium, TypeScript through esbuild, MSW's worker served at `/`.
import { execFile, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, realpathSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';
import { generate } from './packages/react/scripts/generate.mjs';

// @invitekit/react's components are generated from the elements' manifest (not committed).
generate();

const require = createRequire(new URL('./packages/mock-api/package.json', import.meta.url));
const workerPath = require.resolve('msw/mockServiceWorker.js');
/**
 * The README's "Use it in your page" markup and script, served as written there, for the test
 * that runs them (test/browser/readme.test.ts): `/__readme/page.html` and `/__readme/main.js`.
 */
async function readmeBlock(language) {
  const readme = await readFile(new URL('./README.md', import.meta.url), 'utf8');
  const section = readme.split(/^## /m).find((part) => part.startsWith('Use it in your page'));
  const block = section?.match(new RegExp('```' + language + '\\n([\\s\\S]*?)```'))?.[1];
  if (!block) throw new Error(`README: no ${language} block under "Use it in your page"`);
  return block;
}

/**
 * The demo as `pnpm --filter @invitekit/demo build` makes it, built once per run and served from
 * `demo/dist` as plain files under `/__demo/` (a folder, not the root: its URLs are relative), for
 * test/browser/demo.test.ts. axe-core is served at `/__axe.js`, for that test to load into it.
 */
const demoDir = new URL('./demo/', import.meta.url).pathname;
let demoBuilt;
function buildDemo() {
  demoBuilt ??= promisify(execFile)(
    process.execPath,
    [join(demoDir, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
    { cwd: demoDir },
  );
  return demoBuilt;
}
const DEMO_TYPES = { '.html': 'html', '.js': 'js', '.css': 'css', '.json': 'json', '.svg': 'svg' };
async function serveDemo(path) {
  await buildDemo();
  const file = normalize(join(demoDir, 'dist', path.slice('/__demo/'.length) || 'index.html'));
  if (!file.startsWith(join(demoDir, 'dist')) || !existsSync(file)) return undefined;
  return { body: await readFile(file, 'utf8'), type: DEMO_TYPES[extname(file)] ?? 'txt' };
}
/** The real folder of `name` as `nodeModules` holds it (pnpm links each package's deps beside it). */
const packageDir = (name, nodeModules) => realpathSync(join(nodeModules, name));
const openWcTesting = packageDir(
  '@open-wc/testing',
  new URL('./node_modules', import.meta.url).pathname,
);
const chaiAxe = packageDir('chai-a11y-axe', join(openWcTesting, '../..'));
const axeFile = join(packageDir('axe-core', join(chaiAxe, '..')), 'axe.min.js');

/** Testing Library's role queries depend on CommonJS packages: serve them as one ES module. */
const TESTING_LIBRARY = '/__shadow-dom-testing-library.js';
let testingLibrary;
const bundleTestingLibrary = () =>
  bundleModule(
    "export * from 'shadow-dom-testing-library';",
    new URL('./packages/elements/', import.meta.url).pathname,
    'test',
  );

/** `contents` (imports of CommonJS packages found from `resolveDir`) bundled as one ES module. */
async function bundleModule(contents, resolveDir, nodeEnv) {
  const result = await build({
    stdin: { contents, resolveDir },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'process.env.NODE_ENV': JSON.stringify(nodeEnv) },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

/**
 * Module workers (`new Worker(new URL('./x.worker.js', import.meta.url), { type: 'module' })`)
 * are bundled from their `.ts` source on request, as a host's bundler would, and served from the
 * page's origin (so `worker-src 'self'` holds; no blob: URL).
 */
const workers = new Map();
function bundleWorker(path) {
  let built = workers.get(path);
  if (!built) {
    built = build({
      entryPoints: [path],
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2022',
      conditions: ['source', 'browser'],
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
      write: false,
      logLevel: 'error',
    }).then((result) => result.outputFiles[0].text);
    workers.set(path, built);
  }
  return built;
}

/**
 * React is CommonJS: one ES module bundles react, react-dom and react-dom/client (one copy of
 * React for all), and each specifier is served as a module re-exporting its names from it.
 */
const reactDir = new URL('./packages/react/', import.meta.url).pathname;
const REACT_SPECIFIERS = { react: 'react', 'react-dom': 'dom', 'react-dom/client': 'client' };
let react;
const bundleReact = () =>
  bundleModule(
    "import * as react from 'react'; import * as dom from 'react-dom'; import * as client from 'react-dom/client'; export { react, dom, client };",
    reactDir,
    'development',
  );
function reactFacade(specifier) {
  // Its export names, read in another process (React patches the console when it loads).
  const names = JSON.parse(
    execFileSync(
      process.execPath,
      ['-e', `console.log(JSON.stringify(Object.keys(require(${JSON.stringify(specifier)}))))`],
      { cwd: reactDir, encoding: 'utf8' },
    ),
  ).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
  const local = REACT_SPECIFIERS[specifier];
  return `import { ${local} } from '/__react.js';\nexport default ${local};\nexport const { ${names.join(', ')} } = ${local};\n`;
}

/**
 * Every test page runs under the strict policy the elements promise to work under: no inline
 * styles, no inline or eval'd scripts. (The runner's own config script is injected before this
 * meta, and a meta policy only governs what follows it.) Violations fail the test that caused
 * them (test/browser/csp.ts).
 */
export const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['packages/*/test/**/*.browser.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  // One page at a time: test files share MSW's service worker, and some stop and restart it.
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 10_000 } },
  testRunnerHtml: (testFramework) =>
    `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${CSP}"></head>` +
    `<body><script type="module" src="/test/browser/csp.ts"></script>` +
    `<script type="module" src="${testFramework}"></script></body></html>`,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: findChromium(), headless: true, args: chromiumArgs },
      // Tests read the clipboard to check what a "Copy" button put there.
      async createPage({ context, config }) {
        await context.overridePermissions(`${config.protocol}//${config.hostname}:${config.port}`, [
          'clipboard-read',
          'clipboard-write',
          'clipboard-sanitized-write',
        ]);
        return context.newPage();
      },
    }),
  ],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: new URL('./tsconfig.json', import.meta.url).pathname,
    }),
    {
      name: 'test-assets',
      async serve(context) {
        if (context.path === '/mockServiceWorker.js') {
          return { body: await readFile(workerPath, 'utf8'), type: 'js' };
        }
        const worker = /^\/packages\/[\w-]+\/src\/.+\.worker\.js$/.test(context.path)
          ? new URL(`.${context.path.replace(/\.js$/, '.ts')}`, import.meta.url).pathname
          : undefined;
        if (worker && existsSync(worker)) return { body: await bundleWorker(worker), type: 'js' };
        if (context.path === '/__readme/page.html') {
          return { body: await readmeBlock('html'), type: 'txt' };
        }
        if (context.path === '/__readme/main.js') {
          return { body: await readmeBlock('js'), type: 'js' };
        }
        if (context.path.startsWith('/__demo/')) return serveDemo(context.path);
        if (context.path === '/__axe.js')
          return { body: await readFile(axeFile, 'utf8'), type: 'js' };
        if (context.path === '/__react.js') {
          react ??= bundleReact();
          return { body: await react, type: 'js' };
        }
        const facade = Object.keys(REACT_SPECIFIERS).find(
          (specifier) => context.path === `/__react/${specifier}.js`,
        );
        if (facade) return { body: reactFacade(facade), type: 'js' };
        if (context.path === TESTING_LIBRARY) {
          testingLibrary ??= bundleTestingLibrary();
          return { body: await testingLibrary, type: 'js' };
        }
        return undefined;
      },
      resolveImport({ source }) {
        if (source in REACT_SPECIFIERS) return `/__react/${source}.js`;
        return source === 'shadow-dom-testing-library' ? TESTING_LIBRARY : undefined;
      },
    },
  ],
};
