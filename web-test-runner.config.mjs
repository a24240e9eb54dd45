// Browser tests: real headless Chromium, TypeScript through esbuild, MSW's worker served at `/`.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build } from 'esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChromium, chromiumArgs } from './scripts/chromium.mjs';

const require = createRequire(new URL('./packages/mock-api/package.json', import.meta.url));
const workerPath = require.resolve('msw/mockServiceWorker.js');
/** Testing Library's role queries depend on CommonJS packages: serve them as one ES module. */
const TESTING_LIBRARY = '/__shadow-dom-testing-library.js';
let testingLibrary;
async function bundleTestingLibrary() {
  const result = await build({
    stdin: {
      contents: "export * from 'shadow-dom-testing-library';",
      resolveDir: new URL('./packages/elements/', import.meta.url).pathname,
    },
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    define: { 'process.env.NODE_ENV': '"test"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
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
        if (context.path === TESTING_LIBRARY) {
          testingLibrary ??= bundleTestingLibrary();
          return { body: await testingLibrary, type: 'js' };
        }
        return undefined;
      },
      resolveImport({ source }) {
        return source === 'shadow-dom-testing-library' ? TESTING_LIBRARY : undefined;
      },
    },
  ],
};
