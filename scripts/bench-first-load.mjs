// Part of `pnpm bench`: the demo portal's first load, cold. Builds the demo, serves demo/dist as
// plain files gzipped (as a CDN would), and opens the project page in a fresh browser context each
// run (no cache, no service worker yet). Counts the bytes the page receives, and reads the page's own measure of time to interactive: from navigation until
// its form takes typing and its table shows rows (demo/src/main.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from './chromium.mjs';

const root = new URL('..', import.meta.url).pathname;
const dist = join(root, 'demo/dist');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
export const INTERACTIVE = 'demo: first load → interactive';

function serve() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dist, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dist) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-encoding': 'gzip',
      'cache-control': 'no-store',
    });
    res.end(gzipSync(readFileSync(file)));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs the cold first load `runs` times; returns each figure's samples, to print. */
export async function firstLoad({ chromium, runs = 5 }) {
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'error'],
    {
      cwd: join(root, 'demo'),
      stdio: 'inherit',
    },
  );
  const server = await serve();
  const url = `http://127.0.0.1:${server.address().port}/#/project`;
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: chromiumArgs,
  });
  const samples = { interactive: [], kB: [], requests: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      // What the page receives, from the network or through the mock's service worker.
      let bytes = 0;
      let requests = 0;
      cdp.on('Network.loadingFinished', (event) => {
        bytes += event.encodedDataLength;
        requests += 1;
      });
      await page.goto(url);
      await page.waitForFunction(
        (name) => performance.getEntriesByName(name).length > 0,
        { timeout: 60_000 },
        INTERACTIVE,
      );
      samples.interactive.push(
        await page.evaluate((name) => performance.getEntriesByName(name)[0].duration, INTERACTIVE),
      );
      samples.kB.push(bytes / 1024);
      samples.requests.push(requests);
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return [
    {
      name: `demo portal first load, cold (${runs} runs): time to interactive`,
      values: samples.interactive,
      unit: 'ms',
    },
    {
      name: `demo portal first load, cold (${runs} runs): bytes received (gzip)`,
      values: samples.kB,
      unit: 'kB',
    },
    {
      name: `demo portal first load, cold (${runs} runs): requests`,
      values: samples.requests,
      unit: '',
    },
  ];
}
