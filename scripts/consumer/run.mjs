// `pnpm test:consumer`: the kit as a host developer gets it. Builds and packs every package,
// checks each tarball (publint, @arethetypeswrong/cli), installs the tarballs with npm into scratch
// apps outside the workspace, type-checks each app and runs a smoke test that invites a person:
//
//   vite     a Vite vanilla-TS app (npm + a bundler), the mock API in the page
//   react    a React 19 app: @invitekit/react, plain JSX, and tags rendered before they are defined
//   react18  the same React components and that render-before-define page on React 18
//   html     a plain HTML page with only the one-file builds, served under a strict CSP
//   node     the SDK from Node against `npx @invitekit/mock-api`; one file type-checked under
//            `moduleResolution` node16 and bundler; `invitekit-conformance` against that server
//
// The apps' code is the README's: every block marked `<!-- consumer-test: app/path -->` is written
// into that app as that file, so the README shows only what this test ran. Apps live under
// $INVITEKIT_CONSUMER_DIR (default: the OS temp folder), with one npm cache reused between runs.
// `node scripts/consumer/run.mjs --skip-build vite node` runs some apps on what is built;
// `--release` (`pnpm release:check`) stops after the tarballs are built, packed and checked.
/* global window, document -- in functions puppeteer runs in the page */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../chromium.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const templates = fileURLToPath(new URL('./apps', import.meta.url));
const work = process.env.INVITEKIT_CONSUMER_DIR ?? join(tmpdir(), 'invitekit-consumer');
const tarballs = join(work, 'tarballs');
const npmCache = join(work, 'npm-cache');
const packages = ['sdk', 'mock-api', 'elements', 'react', 'conformance'];

const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const allApps = ['vite', 'react', 'react18', 'html', 'node'];
const apps = args.filter((a) => allApps.includes(a));
const chosen = apps.length ? apps : allApps;

const started = performance.now();
const timings = [];
async function step(name, run) {
  const t0 = performance.now();
  try {
    return await run();
  } finally {
    timings.push([name, performance.now() - t0]);
  }
}

/** Runs a command; resolves with its output, rejects with it when the exit code is not 0. */
function sh(command, commandArgs, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(
              `${command} ${commandArgs.join(' ')} (in ${options.cwd ?? repo}) exited ${code}\n${output}`,
            ),
          ),
    );
  });
}

const bin = (name) => join(repo, 'node_modules', '.bin', name);
/** The pnpm running this script (`npx pnpm@10 check` puts none on PATH), else the one on PATH. */
const execPath = process.env.npm_execpath ?? '';
const pnpm = (pnpmArgs, options) =>
  /pnpm/.test(execPath)
    ? sh(process.execPath, [execPath, ...pnpmArgs], options)
    : sh('pnpm', pnpmArgs, options);

// ── build, pack, check each tarball ─────────────────────────────────────────────────────────
if (!skipBuild) await step('build', () => pnpm(['build'], { cwd: repo }));
rmSync(tarballs, { recursive: true, force: true });
mkdirSync(tarballs, { recursive: true });
const packed = {};
await step('pack', async () => {
  for (const name of packages) {
    const out = await pnpm(['pack', '--pack-destination', tarballs], {
      cwd: join(repo, 'packages', name),
    });
    packed[`@invitekit/${name}`] = out.trim().split('\n').pop().trim();
  }
});
await step('publint + attw', () =>
  Promise.all(
    Object.values(packed).flatMap((tarball) => [
      sh(bin('publint'), ['run', tarball, '--strict']),
      sh(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'table-flipped']),
    ]),
  ),
);

if (args.includes('--release')) {
  for (const [name, ms] of timings) console.log(`  ${name.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
  for (const [name, tarball] of Object.entries(packed)) console.log(`${name}: ${tarball}`);
  console.log('release check: built, packed, publint and attw passed');
  process.exit(0);
}

// ── the apps ────────────────────────────────────────────────────────────────────────────────
/** README blocks marked `<!-- consumer-test: app/path -->`, by app. */
function readmeFiles() {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  const files = new Map();
  for (const m of readme.matchAll(/<!-- consumer-test: (\S+) -->\s*```\w*\n([\s\S]*?)```/g)) {
    const [app, ...path] = m[1].split('/');
    if (!files.has(app)) files.set(app, []);
    files.get(app).push({ path: path.join('/'), text: m[2] });
  }
  return files;
}

const fromReadme = readmeFiles();
for (const app of allApps)
  if (!fromReadme.has(app) && app !== 'react18')
    throw new Error(`README.md has no block marked <!-- consumer-test: ${app}/… -->`);

/** Lays out an app: its template, the README's files, the tarballs as its @invitekit packages. */
function layOut(app, substitute = (text) => text) {
  const dir = join(work, 'apps', app);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(templates, app), dir, { recursive: true });
  // The React 18 app runs the React 19 app's code.
  const source = app === 'react18' ? 'react' : app;
  if (app === 'react18') {
    for (const entry of readdirSync(join(templates, 'react')))
      if (!existsSync(join(dir, entry)))
        cpSync(join(templates, 'react', entry), join(dir, entry), { recursive: true });
  }
  for (const { path, text } of fromReadme.get(source) ?? []) {
    if (app === 'react18' && path === 'src/plain.tsx') continue; // React 19 only
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), substitute(text));
  }
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const ours = Object.fromEntries(Object.entries(packed).map(([n, t]) => [n, `file:${t}`]));
  for (const field of ['dependencies', 'devDependencies'])
    for (const name of Object.keys(pkg[field] ?? {})) if (ours[name]) pkg[field][name] = ours[name];
  pkg.overrides = ours; // what one tarball depends on is the other tarball, not the registry
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg, null, 2));
  return dir;
}

const npmInstall = (dir) =>
  sh(
    'npm',
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--loglevel=error',
      '--cache',
      npmCache,
    ],
    {
      cwd: dir,
      env: { ...process.env, npm_config_update_notifier: 'false' },
    },
  );

const nodeBin = (dir, name) => join(dir, 'node_modules', '.bin', name);

// ── a static server with a strict CSP, and the browser ───────────────────────────────────────
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self'; connect-src 'self'";
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.map': 'application/json',
};

function serve(root) {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = join(root, decodeURIComponent(url.pathname));
    if (!path.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(path) && !extname(path)) path = join(path, 'index.html');
    if (!existsSync(path)) return void res.writeHead(404).end('not found');
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
    });
    res.end(readFileSync(path));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/**
 * Two apps run at once, so each page gets a browser of its own: tabs of one browser share a
 * window, and the tab behind never renders, so a click there (puppeteer waits for the element to
 * be in view, which only a rendered page tells) waited until the protocol's timeout.
 */
const browsers = [];
async function openPage(url) {
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs,
    // A call the page never answers fails within a minute, not puppeteer's three.
    protocolTimeout: 60_000,
  });
  browsers.push(browser);
  const page = await browser.newPage();
  page.setDefaultTimeout(20_000);
  const log = [];
  page.on('console', (m) => log.push(m.text()));
  page.on('pageerror', (e) => log.push(`pageerror: ${e.message}`));
  // Every CSP violation of the page is recorded (injected by the browser, so the policy allows it).
  await page.evaluateOnNewDocument(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(url);
  const violations = () => page.evaluate(() => window.__violations);
  const waitForLog = async (text) => {
    const t0 = Date.now();
    while (!log.some((l) => l.includes(text))) {
      if (Date.now() - t0 > 20_000)
        throw new Error(`no "${text}" in the console of ${url}:\n${log.join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return { page, log, violations, waitForLog };
}

/** Invites `email` into the project through an `<invite-form>` the way a person would. */
async function invite(page, scope, email) {
  const form = await page.waitForSelector(`${scope} invite-form`);
  const inShadow = async (find, ...rest) =>
    (await page.waitForFunction(find, {}, form, ...rest)).asElement();
  await (await inShadow((f) => f.shadowRoot?.querySelector('#email'))).type(email);
  const role = await inShadow((f) => {
    const select = f.shadowRoot?.querySelector('#role');
    return select && [...select.options].some((o) => o.text === 'Manager') ? select : null;
  });
  await role.select(
    [...(await role.evaluate((s) => [...s.options].map((o) => [o.text, o.value])))].find(
      ([t]) => t === 'Manager',
    )[1],
  );
  const button = (text) =>
    inShadow(
      (f, t) =>
        [...(f.shadowRoot?.querySelectorAll('button') ?? [])].find(
          (b) => b.textContent.trim() === t,
        ),
      text,
    );
  await (await button('Review')).click();
  await (await button('Send invitation')).click();
  await page.waitForFunction(
    (f) => f.shadowRoot?.textContent.includes('expires in 30 days'),
    {},
    form,
  );
}

/** Starts a batch in `<batch-uploader>` and gives it `file`; resolves when its summary says `expected`. */
async function readWithUploader(page, file, expected) {
  const uploader = await page.waitForSelector('batch-uploader');
  const inShadow = async (find, ...rest) =>
    (await page.waitForFunction(find, {}, uploader, ...rest)).asElement();
  await (await inShadow((u) => u.shadowRoot?.querySelector('#batch-name'))).type('Consumer batch');
  await (
    await inShadow((u) =>
      [...(u.shadowRoot?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent.trim() === 'Start batch',
      ),
    )
  ).click();
  await (await inShadow((u) => u.shadowRoot?.querySelector('#file'))).uploadFile(file);
  await page.waitForFunction(
    (u, text) => u.shadowRoot?.querySelector('.summary')?.textContent?.includes(text),
    {},
    uploader,
    expected,
  );
}

async function noViolations(opened, where) {
  const found = await opened.violations();
  if (found.length) throw new Error(`${where}: CSP violations: ${found.join(', ')}`);
  const errors = opened.log.filter((l) => l.startsWith('pageerror'));
  if (errors.length) throw new Error(`${where}: ${errors.join('\n')}`);
}

// ── each app ────────────────────────────────────────────────────────────────────────────────
const mockWorker = (dir, into) =>
  cpSync(
    join(dir, 'node_modules/@invitekit/mock-api/cdn/mockServiceWorker.js'),
    join(into, 'mockServiceWorker.js'),
  );

const viteBuild = async (dir, pages) => {
  const input = pages.map((p) => `'${p}'`).join(', ');
  writeFileSync(
    join(dir, 'vite.config.js'),
    // As the README asks of Vite users: <batch-uploader>'s module worker splits off its .xlsx
    // reader, which Vite's default worker format (iife) cannot do.
    `export default { worker: { format: 'es' }, build: { rollupOptions: { input: [${input}] } } };\n`,
  );
  await sh(nodeBin(dir, 'vite'), ['build', '--logLevel', 'error'], { cwd: dir });
  mockWorker(dir, join(dir, 'dist'));
  return serve(join(dir, 'dist'));
};

const runners = {
  async vite(dir) {
    await sh(nodeBin(dir, 'tsc'), ['-p', '.'], { cwd: dir });
    const { server, url } = await viteBuild(dir, ['index.html']);
    try {
      const opened = await openPage(`${url}/`);
      await invite(opened.page, 'invitekit-provider', 'vite.user@example.org');
      await opened.waitForLog('Invited vite.user@example.org');
      await noViolations(opened, 'vite');
    } finally {
      server.close();
    }
  },

  async react(dir, { plain = true } = {}) {
    await sh(nodeBin(dir, 'tsc'), ['-p', '.'], { cwd: dir });
    const pages = ['index.html', 'late.html', ...(plain ? ['plain.html'] : [])];
    const { server, url } = await viteBuild(dir, pages);
    try {
      const wrappers = await openPage(`${url}/`);
      await invite(wrappers.page, '#root', 'react.user@example.org');
      await wrappers.waitForLog('Invited react.user@example.org');
      await noViolations(wrappers, 'react wrappers');
      if (plain) {
        const jsx = await openPage(`${url}/plain.html`);
        await invite(jsx.page, '#root', 'jsx.user@example.org');
        await jsx.waitForLog('Invited jsx.user@example.org');
        await noViolations(jsx, 'react plain JSX');
      }
      // Rendered before the tags were defined: the components still hand over their client (a
      // property), and the plain tag says its client came as text and how to fix that.
      const late = await openPage(`${url}/late.html`);
      await late.waitForLog('rendered before define: true');
      await invite(late.page, '#wrappers', 'late.user@example.org');
      await late.waitForLog('Invited late.user@example.org');
      await late.page.waitForFunction(() =>
        document
          .querySelector('#plain invite-form')
          ?.shadowRoot?.textContent?.includes('Its client arrived as text'),
      );
      await noViolations(late, 'react render-before-define');
    } finally {
      server.close();
    }
  },

  react18: (dir) => runners.react(dir, { plain: false }),

  async html(dir) {
    mockWorker(dir, dir);
    const { server, url } = await serve(dir);
    try {
      const opened = await openPage(`${url}/index.html`);
      await invite(opened.page, 'invitekit-provider', 'html.user@example.org');
      await opened.waitForLog('Invited html.user@example.org');
      // <batch-uploader> reads a file in its module worker, a file beside the one-file build.
      writeFileSync(
        join(dir, 'people.csv'),
        `Email,Date of birth,First name,Last name\n${[1, 2, 3].map((n) => `p${n}@example.org,1990-01-0${n},P${n},Consumer`).join('\n')}\n`,
      );
      await readWithUploader(opened.page, join(dir, 'people.csv'), '3 rows: 3 ready');
      await noViolations(opened, 'html (one-file build, strict CSP)');
    } finally {
      server.close();
    }
  },

  async node(dir, port) {
    for (const config of ['tsconfig.node16.json', 'tsconfig.bundler.json'])
      await sh(nodeBin(dir, 'tsc'), ['-p', config], { cwd: dir });
    const server = spawn('npx', ['--no-install', '@invitekit/mock-api', '--port', String(port)], {
      cwd: dir,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let banner = '';
      await new Promise((resolve, reject) => {
        server.stdout.on('data', (d) => {
          banner += d;
          if (banner.includes('Invitekit mock API on')) resolve();
        });
        server.stderr.on('data', (d) => (banner += d));
        server.on('close', (code) =>
          reject(new Error(`npx @invitekit/mock-api exited ${code}\n${banner}`)),
        );
      });
      const out = await sh(process.execPath, ['invite.mjs'], { cwd: dir });
      if (!/^invited /m.test(out)) throw new Error(`node invite.mjs printed:\n${out}`);
      const outbox =
        await // The mock's controls answer only with this header (so no web page can read the outbox).
        (
          await fetch(`http://127.0.0.1:${port}/v1/_mock/outbox?to=ana@example.com`, {
            headers: { 'x-invitekit-mock': '1' },
          })
        ).json();
      if (outbox.items.length !== 1)
        throw new Error(`expected one email to ana@example.com, got ${outbox.items.length}`);
      // A backend team's first run of the conformance suite, against the mock server.
      const report = await sh(
        nodeBin(dir, 'invitekit-conformance'),
        [
          '--base-url',
          `http://127.0.0.1:${port}/v1`,
          '--admin-token',
          'demo-admin',
          '--only',
          'R1,R2',
        ],
        { cwd: dir },
      );
      if (!/^2 of 2 rules pass/m.test(report))
        throw new Error(`invitekit-conformance printed:\n${report}`);
    } finally {
      process.kill(-server.pid);
    }
  },
};

/** A free local port for the Node app's mock API server. */
const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

const failures = [];
try {
  const port = await freePort();
  const dirs = {};
  for (const app of chosen)
    dirs[app] = layOut(app, (text) =>
      text
        .replaceAll('https://cdn.jsdelivr.net/npm/', './node_modules/')
        .replaceAll('127.0.0.1:4010', `127.0.0.1:${port}`)
        .replaceAll('--port 4010', `--port ${port}`),
    );
  await step('npm install', () => Promise.all(chosen.map((app) => npmInstall(dirs[app]))));
  // Two apps at a time (2 cores: one type-checks or builds while the other drives the browser).
  const queue = [...chosen];
  const worker = async () => {
    for (let app = queue.shift(); app; app = queue.shift()) {
      try {
        await step(app, () => runners[app](dirs[app], port));
        console.log(`ok ${app}`);
      } catch (error) {
        failures.push(app);
        console.error(`not ok ${app}\n${error instanceof Error ? error.message : error}`);
      }
    }
  };
  await Promise.all([worker(), worker()]);
} finally {
  await Promise.all(browsers.map((browser) => browser.close()));
}

for (const [name, ms] of timings) console.log(`  ${name.padEnd(16)} ${(ms / 1000).toFixed(1)} s`);
console.log(`consumer test: ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${chosen.length - failures.length} passed, ${failures.length} failed`);
if (failures.length) process.exit(1);
